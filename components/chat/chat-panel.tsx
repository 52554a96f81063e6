"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { RotateCcw, Send, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { chatErrorCode } from "./chat-error";
import { ChatMessage } from "./chat-message";
import { useStaffReplies } from "./use-staff-replies";

export const SUGGESTIONS = ["quietHours", "checkout", "leak", "recycling", "doorCode", "myTickets"] as const;
export type SuggestionKey = (typeof SUGGESTIONS)[number];

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
}: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  offline: boolean;
  suggestions: readonly SuggestionKey[];
  missionHrefBase: string | null;
  onFirstAnswer?: (conversationId: string) => void;
}) {
  const t = useTranslations("chat");
  const errorText = useErrorMessage("chat");
  const [input, setInput] = useState("");
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
  // keep the newest text in view as it streams (a new message or a new part)
  useEffect(() => {
    if (messages.length + lastLength > 0) endRef.current?.scrollIntoView?.({ block: "end" });
  }, [messages.length, lastLength]);

  const send = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    clearError();
    void sendMessage({ text: trimmed });
    setInput("");
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(input);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send(input);
    }
  };

  return (
    <div className="flex min-h-[60dvh] flex-col gap-3">
      {offline ? (
        <Alert tone="info" data-testid="offline-notice">
          {t("offlineNotice")}
        </Alert>
      ) : null}
      <div
        className="flex-1"
        role="log"
        aria-live="polite"
        aria-relevant="additions text"
        aria-label={t("title")}
      >
        <ol className="space-y-3">
          {messages.map((m) => (
            <ChatMessage key={m.id} message={m} missionHrefBase={missionHrefBase} />
          ))}
        </ol>
      </div>
      <p className="sr-only" role="status">
        {busy ? t("thinking") : ""}
      </p>
      {messages.length === 0 ? (
        <section aria-labelledby="chat-suggestions">
          <h2 id="chat-suggestions" className="font-medium text-slate-700 text-sm">
            {t("suggestionsLabel")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map((k) => (
              <li key={k}>
                <Button
                  variant="secondary"
                  size="sm"
                  className="h-auto min-h-8 py-1"
                  onClick={() => send(t(`suggestions.${k}`))}
                >
                  {t(`suggestions.${k}`)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
      <form
        onSubmit={onSubmit}
        className="sticky bottom-0 -mx-4 flex items-end gap-2 border-slate-200 border-t bg-slate-50 px-4 py-3 sm:mx-0 sm:rounded-lg sm:border"
      >
        <div className="flex-1">
          <Label htmlFor={`chat-input-${conversationId}`} className="sr-only">
            {t("inputLabel")}
          </Label>
          <Textarea
            id={`chat-input-${conversationId}`}
            rows={2}
            value={input}
            maxLength={4000}
            placeholder={t("placeholder")}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={onKeyDown}
            className="min-h-12 resize-none"
          />
        </div>
        {busy ? (
          <Button type="button" variant="secondary" onClick={() => void stop()}>
            <Square aria-hidden="true" /> {t("stop")}
          </Button>
        ) : (
          <Button type="submit" disabled={!input.trim()}>
            <Send aria-hidden="true" /> {t("send")}
          </Button>
        )}
        {!busy && !error && messages.at(-1)?.role === "assistant" ? (
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={t("retry")}
            onClick={() => void regenerate()}
          >
            <RotateCcw aria-hidden="true" />
          </Button>
        ) : null}
      </form>
    </div>
  );
}
