import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatBubble, UserText } from "./chat-bubble";
import { ChatComposer } from "./chat-composer";
import { RotateCcw } from "./chat-icons";
import { ChatLog } from "./chat-log";
import { ChatSuggestions, type SuggestionKey } from "./chat-suggestions";
import { AskedQuestion, GuestChatOnDemand, StandInPart, StandInSend } from "./guest-chat-on-demand";
import { StaticChatHistory } from "./static-chat-history";

const GUEST_SUGGESTIONS: readonly SuggestionKey[] = ["quietHours", "checkout", "doorCode", "recycling"];

/**
 * The guest's concierge, on the stay page: one running conversation, answers from guest documents only. A server
 * component: the chat's stand-in is drawn here (the past messages, the suggestions, the message box: the same
 * parts as the chat's), and the chat itself loads in the browser only when wanted (guest-chat-on-demand.tsx).
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
        offline={offline}
        suggestions={GUEST_SUGGESTIONS}
      >
        <div className="flex min-h-[60dvh] flex-col gap-3">
          <ChatLog offline={offline}>
            <StaticChatHistory messages={initialMessages} />
            <StandInPart when="asked">
              <ChatBubble from="user">
                <p className="sr-only">{t("you")}</p>
                <UserText text={<AskedQuestion />} />
              </ChatBubble>
            </StandInPart>
          </ChatLog>
          {/* out of the flow while empty, as the chat's own status line is */}
          <p role="status" className="flex items-center gap-2 text-slate-600 text-sm empty:sr-only">
            <StandInPart when="loading">
              <Spinner size="sm" /> {t("loading")}
            </StandInPart>
          </p>
          {initialMessages.length === 0 ? (
            <StandInPart when="unasked">
              <ChatSuggestions suggestions={GUEST_SUGGESTIONS} />
            </StandInPart>
          ) : null}
          <StandInPart when="failed">
            <Alert
              tone="danger"
              role="alert"
              data-testid="chat-load-error"
              action={
                <Button variant="secondary" size="sm" data-chat-retry>
                  <RotateCcw aria-hidden="true" /> {t("retry")}
                </Button>
              }
            >
              {t("loadFailed")}
            </Alert>
          </StandInPart>
          {/* the chat's scroll anchor stands here: the same gap, so the message box does not move */}
          <div />
          <ChatComposer inputId={`chat-input-${conversationId}`} sendAs={StandInSend} />
        </div>
      </GuestChatOnDemand>
    </section>
  );
}
