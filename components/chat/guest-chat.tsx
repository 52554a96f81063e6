import { useTranslations } from "next-intl";
import type { ChatUIMessage } from "@/lib/domain/chat";
import type { SuggestionKey } from "./chat-suggestions";
import { GuestChatOnDemand } from "./guest-chat-on-demand";
import { StaticChatHistory } from "./static-chat-history";

const GUEST_SUGGESTIONS: readonly SuggestionKey[] = ["quietHours", "checkout", "doorCode", "recycling"];

/**
 * The guest's concierge, on the stay page: one running conversation, answers from guest documents only. A server
 * component: the past messages are rendered here, and the chat itself loads in the browser only when wanted.
 */
export function GuestChat({
  conversationId,
  initialMessages,
  offline,
}: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  offline: boolean;
}) {
  const t = useTranslations("chat");
  return (
    <section
      aria-labelledby="guest-chat-title"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="guest-chat"
    >
      <h2 id="guest-chat-title" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      <p className="mb-3 text-slate-700 text-sm">{t("description")}</p>
      <GuestChatOnDemand
        conversationId={conversationId}
        initialMessages={initialMessages}
        history={<StaticChatHistory messages={initialMessages} />}
        offline={offline}
        suggestions={GUEST_SUGGESTIONS}
      />
    </section>
  );
}
