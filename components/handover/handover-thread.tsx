import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { Message } from "@/lib/domain/conversation";

const textOf = (m: Message) =>
  m.parts.flatMap((p) => (p.type === "text" && typeof p.text === "string" ? [p.text] : [])).join("\n\n");
const staffOf = (m: Message) => {
  const p = m.parts.find((x) => x.type === "data-staff") as { data?: { name?: string } } | undefined;
  return p ? (p.data?.name ?? "") : null;
};

/** The whole conversation as staff read it: the asker, the concierge, and staff replies, oldest first. */
export function HandoverThread({ messages, askerName }: { messages: Message[]; askerName: string }) {
  const t = useTranslations("handover");
  return (
    <ol className="space-y-2" aria-label={t("thread")} data-testid="handover-thread">
      {messages.map((m) => {
        const staff = staffOf(m);
        const who =
          m.role === "user" ? askerName : staff !== null ? staff || t("staffLabelNoName") : t("concierge");
        return (
          <li
            key={m.id}
            className={cn(
              "rounded-md border p-3 text-sm",
              m.role === "user"
                ? "border-slate-200 bg-white"
                : staff !== null
                  ? "border-sky-200 bg-sky-50"
                  : "border-slate-200 bg-slate-50",
            )}
          >
            <p className="font-medium text-slate-900 text-xs">{who}</p>
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{textOf(m)}</p>
          </li>
        );
      })}
    </ol>
  );
}
