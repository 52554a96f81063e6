import { MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { ConversationDTO } from "@/lib/domain/conversation";

/** Past conversations, most recent first, and a link to start a new one. */
export function ConversationList({
  conversations,
  currentId,
  basePath,
}: {
  conversations: ConversationDTO[];
  currentId: string | null;
  basePath: string;
}) {
  const t = useTranslations("chat");
  const format = useFormatter();
  return (
    <nav aria-label={t("history")} className="space-y-2">
      <Link
        href={basePath}
        className="flex items-center gap-2 rounded-md px-2 py-2 font-medium text-brand-700 text-sm hover:bg-slate-100"
      >
        <MessageSquarePlus aria-hidden="true" className="size-4" /> {t("newChat")}
      </Link>
      <h2 className="px-2 font-semibold text-slate-600 text-xs uppercase tracking-wide">{t("history")}</h2>
      {conversations.length === 0 ? (
        <p className="px-2 text-slate-600 text-sm">{t("historyEmpty")}</p>
      ) : (
        <ul className="space-y-1">
          {conversations.map((c) => (
            <li key={c.id}>
              <Link
                href={`${basePath}?c=${c.id}`}
                aria-current={c.id === currentId ? "page" : undefined}
                className={cn(
                  "block rounded-md px-2 py-2 text-sm hover:bg-slate-100",
                  c.id === currentId ? "bg-brand-50 text-brand-800" : "text-slate-800",
                )}
              >
                <span className="line-clamp-2">{c.title || t("untitled")}</span>
                <span className="text-slate-600 text-xs">
                  {format.dateTime(new Date(c.updatedAt), { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
