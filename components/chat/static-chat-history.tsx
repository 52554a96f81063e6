import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatBubble, UserText } from "./chat-bubble";
import { FileText } from "./chat-icons";
import { ChatMarkdown } from "./chat-markdown";
import { citationsOf, staffOf, textOf } from "./message-parts";

/**
 * A conversation's past messages as the live chat shows them, rendered on the server: the answers' markdown
 * costs the browser nothing here, so the stay page shows the history at once while the chat's code (the AI SDK,
 * the markdown renderer) loads only when wanted. Sources show as their titles; they open once the chat is loaded,
 * which replaces this list, and so do the progress cards of requests the concierge opened.
 */
export function StaticChatHistory({ messages }: { messages: ChatUIMessage[] }) {
  const t = useTranslations("chat");
  const tHandover = useTranslations("handover");
  return messages.map((m) => {
    const text = textOf(m);
    const staff = staffOf(m);
    const citations = citationsOf(m);
    return (
      <ChatBubble key={m.id} from={m.role === "user" ? "user" : "assistant"}>
        {staff ? (
          <p className="font-medium text-sky-800 text-xs" data-testid="staff-reply-label">
            {staff.name ? tHandover("staffLabel", { name: staff.name }) : tHandover("staffLabelNoName")}
          </p>
        ) : (
          <p className="sr-only">{m.role === "user" ? t("you") : t("assistant")}</p>
        )}
        {m.role === "user" ? (
          <UserText text={text} />
        ) : (
          <>
            {text ? <ChatMarkdown text={text} /> : null}
            {citations.length ? (
              <div className="mt-2" data-testid="citations">
                <p className="font-medium text-slate-600 text-xs">{t("sources")}</p>
                <ul className="mt-1 flex flex-wrap gap-2">
                  {citations.map((c, i) => (
                    <li key={`${c.documentId}:${c.excerpt.slice(0, 40)}`}>
                      <span
                        className={buttonVariants({
                          variant: "secondary",
                          size: "sm",
                          className: "h-auto min-h-8 py-1 text-left",
                        })}
                      >
                        <FileText aria-hidden="true" />
                        <span>
                          [{i + 1}] {c.title}
                        </span>
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        )}
      </ChatBubble>
    );
  });
}
