"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatComposer } from "./chat-composer";
import { chatErrorCode } from "./chat-error";
import { RotateCcw } from "./chat-icons";
import { ChatLog } from "./chat-log";
import { ChatMessage } from "./chat-message";
import { ChatSuggestions, type SuggestionKey } from "./chat-suggestions";
import { useStaffReplies } from "./use-staff-replies";

export { SUGGESTIONS, type SuggestionKey } from "./chat-suggestions";

/**
 * What the guest did in the stay page's stand-in before this chat loaded (guest-chat-on-demand.tsx): the text
 * typed, the question asked (sent as the chat mounts) and whether the focus was there (it moves to the message box).
 */
export type ChatHandover = { input: string; question: string | null; focus: boolean };

/**
 * The concierge chat: streams answers with the AI SDK (`useChat`), one conversation per id (the server stores
 * it), stop while answering, retry after an error, suggested first questions, and the offline-model notice.
 */
export function ChatPanel({
  conversationId,
  initialMessages,
  offline,
  suggestions,
  missionHrefBase,
  onFirstAnswer,
  handover,
}: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  offline: boolean;
  suggestions: readonly SuggestionKey[];
  missionHrefBase: string | null;
  onFirstAnswer?: (conversationId: string) => void;
  handover?: ChatHandover;
}) {
  const t = useTranslations("chat");
  const errorText = useErrorMessage("chat");
  const [input, setInput] = useState(handover?.input ?? "");
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatUIMessage>({
        api: "/api/chat",
        prepareSendMessagesRequest: ({ id, messages, trigger }) => {
          const last = messages.findLast((m) => m.role === "user");
          const text = last?.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n") ?? "";
          return { body: { conversationId: id, text, trigger } };
        },
      }),
    [],
  );
  const { messages, sendMessage, status, stop, regenerate, error, clearError, setMessages } =
    useChat<ChatUIMessage>({
      id: conversationId,
      messages: initialMessages,
      transport,
      onFinish: () => onFirstAnswer?.(conversationId),
    });
  useStaffReplies(conversationId, setMessages);
  const busy = status === "submitted" || status === "streaming";
  const endRef = useRef<HTMLDivElement>(null);
  const lastLength = messages.at(-1)?.parts.length ?? 0;
  // keep the newest text in view as it streams (a new message or a new part); a chat handed over from the stay
  // page's stand-in mounts as the guest scrolls towards it, and the page must not jump to its end then
  const stillOnMount = useRef(!!handover);
  useEffect(() => {
    if (stillOnMount.current) {
      stillOnMount.current = false;
      return;
    }
    if (messages.length + lastLength > 0) endRef.current?.scrollIntoView?.({ block: "end" });
  }, [messages.length, lastLength]);

  const ask = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed || busy) return false;
    clearError();
    void sendMessage({ text: trimmed });
    return true;
  };
  const send = (text: string) => {
    if (ask(text)) setInput("");
  };

  // what was handed over, once (before paint, so the focus is not left on the page in between)
  const handedOver = useRef(false);
  useLayoutEffect(() => {
    if (!handover || handedOver.current) return;
    handedOver.current = true;
    if (handover.question) ask(handover.question);
    const box = inputRef.current;
    if (handover.focus && box) {
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    }
  });

  return (
    <div className="flex min-h-[60dvh] flex-col gap-3">
      <ChatLog offline={offline}>
        {messages.map((m) => (
          <ChatMessage key={m.id} message={m} missionHrefBase={missionHrefBase} />
        ))}
      </ChatLog>
      <p className="sr-only" role="status">
        {busy ? t("thinking") : ""}
      </p>
      {messages.length === 0 ? <ChatSuggestions suggestions={suggestions} onAsk={send} /> : null}
      {error ? (
        <Alert
          tone="danger"
          role="alert"
          data-testid="chat-error"
          action={
            <Button variant="secondary" size="sm" onClick={() => void regenerate()}>
              <RotateCcw aria-hidden="true" /> {t("retry")}
            </Button>
          }
        >
          {errorText({ code: chatErrorCode(error) })}
        </Alert>
      ) : null}
      <div ref={endRef} />
      <ChatComposer
        inputId={`chat-input-${conversationId}`}
        value={input}
        onChange={setInput}
        onSend={() => send(input)}
        canSend={!!input.trim()}
        busy={busy}
        onStop={() => void stop()}
        onRetry={!error && messages.at(-1)?.role === "assistant" ? () => void regenerate() : undefined}
        inputRef={inputRef}
      />
    </div>
  );
}
