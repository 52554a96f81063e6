"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatBubble, UserText } from "./chat-bubble";
import { ChatComposer } from "./chat-composer";
import { RotateCcw } from "./chat-icons";
import { ChatLog } from "./chat-log";
import type { ChatPanel } from "./chat-panel";
import { ChatSuggestions, type SuggestionKey } from "./chat-suggestions";

/** Start loading the chat when it is within a screen's height of the viewport, so it is usually ready when reached. */
const AHEAD = "100% 0px";

type Loaded = { Panel: typeof ChatPanel; focus: boolean };

/**
 * The stay page's concierge without its weight: the chat (the AI SDK, the markdown renderer: most of the page's
 * script) loads only when it comes near the viewport or the guest focuses, types or asks in it, whichever is
 * first. Until then this stand-in looks the same and works: past messages come rendered from the server
 * (`history`), and a question asked or text typed is handed to the chat when it has loaded, with the focus.
 */
export function GuestChatOnDemand({
  conversationId,
  initialMessages,
  history,
  offline,
  suggestions,
}: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  history: ReactNode;
  offline: boolean;
  suggestions: readonly SuggestionKey[];
}) {
  const t = useTranslations("chat");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // the guest has used the stand-in: say that the chat is loading, and if it could not load
  const [wanted, setWanted] = useState(false);
  const [input, setInput] = useState("");
  const [question, setQuestion] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const started = useRef(false);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setLoading(true);
    setFailed(false);
    void import("./chat-panel").then(
      ({ ChatPanel }) => {
        // focus inside the stand-in moves to the chat's message box when the chat replaces it
        setLoaded({ Panel: ChatPanel, focus: !!rootRef.current?.contains(document.activeElement) });
        setLoading(false);
      },
      () => {
        // offline, or a new deployment: the next use tries again
        started.current = false;
        setLoading(false);
        setFailed(true);
      },
    );
  }, []);
  const want = useCallback(() => {
    setWanted(true);
    load();
  }, [load]);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    // focus anywhere in the stand-in (the message box, a suggestion, by Tab or by tap) is using it
    el.addEventListener("focusin", want);
    if (typeof IntersectionObserver === "undefined") {
      load();
      return () => el.removeEventListener("focusin", want);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.removeEventListener("focusin", want);
    };
  }, [load, want]);

  const ask = (text: string, fromKeyboard: boolean) => {
    const trimmed = text.trim();
    if (!trimmed || question) return;
    setQuestion(trimmed);
    setInput("");
    // the suggestions go away with the question: keep a keyboard user's focus in the chat
    if (fromKeyboard) inputRef.current?.focus();
    want();
  };

  const { Panel, focus } = loaded ?? {};
  const showLoading = wanted && loading;
  return (
    <div
      ref={rootRef}
      aria-busy={loading || undefined}
      data-chat={Panel ? "loaded" : loading ? "loading" : "waiting"}
    >
      {Panel ? (
        <Panel
          conversationId={conversationId}
          initialMessages={initialMessages}
          offline={offline}
          suggestions={suggestions}
          missionHrefBase={null}
          handover={{ input, question, focus: !!focus }}
        />
      ) : (
        <div className="flex min-h-[60dvh] flex-col gap-3">
          <ChatLog offline={offline}>
            {history}
            {question ? (
              <ChatBubble from="user">
                <p className="sr-only">{t("you")}</p>
                <UserText text={question} />
              </ChatBubble>
            ) : null}
          </ChatLog>
          <p
            role="status"
            className={showLoading ? "flex items-center gap-2 text-slate-600 text-sm" : "sr-only"}
          >
            {showLoading ? (
              <>
                <Spinner size="sm" /> {t("loading")}
              </>
            ) : null}
          </p>
          {initialMessages.length === 0 && !question ? (
            <ChatSuggestions
              suggestions={suggestions}
              onAsk={(q, e) => ask(q, e.currentTarget.matches(":focus-visible"))}
            />
          ) : null}
          {failed && wanted ? (
            <Alert
              tone="danger"
              role="alert"
              data-testid="chat-load-error"
              action={
                <Button variant="secondary" size="sm" onClick={load}>
                  <RotateCcw aria-hidden="true" /> {t("retry")}
                </Button>
              }
            >
              {t("loadFailed")}
            </Alert>
          ) : null}
          {/* the chat's scroll anchor stands here: the same gap, so the message box does not move */}
          <div />
          <ChatComposer
            inputId={`chat-input-${conversationId}`}
            value={input}
            onChange={(value) => {
              setInput(value);
              want();
            }}
            onSend={() => ask(input, true)}
            canSend={!!input.trim() && !question}
            inputRef={inputRef}
          />
        </div>
      )}
    </div>
  );
}
