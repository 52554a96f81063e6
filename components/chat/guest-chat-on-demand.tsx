"use client";

import {
  createContext,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ChatUIMessage } from "@/lib/domain/chat";
import type { ChatPanel } from "./chat-panel";
import type { SuggestionKey } from "./chat-suggestions";

/** Start loading the chat when it is within a screen's height of the viewport, so it is usually ready when reached. */
const AHEAD = "100% 0px";

type Loaded = { Panel: typeof ChatPanel; input: string; focus: boolean };

/** What the stand-in's parts drawn on the server show differently once the guest has used it. */
type StandIn = { question: string | null; loading: boolean; failed: boolean; canSend: boolean };
const StandInContext = createContext<StandIn>({
  question: null,
  loading: false,
  failed: false,
  canSend: false,
});

/**
 * The stay page's concierge without its weight: the chat (the AI SDK, the markdown renderer: most of the page's
 * script) loads only when it comes near the viewport or the guest focuses, types or asks in it, whichever is
 * first. Until then the stand-in (`children`, drawn on the server by guest-chat.tsx: the past messages, the
 * suggestions, the message box) looks the same and works: this component takes its events as they bubble up
 * and reads what the guest did from the page itself (the box's text, the suggestion clicked), so text typed even
 * before this script ran is not lost. A question asked or text typed is handed to the chat when it has loaded,
 * with the focus. The few parts of the stand-in that change before then are the small components below.
 */
export function GuestChatOnDemand({
  conversationId,
  initialMessages,
  offline,
  suggestions,
  children,
}: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  offline: boolean;
  suggestions: readonly SuggestionKey[];
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // the guest has used the stand-in: say that the chat is loading, and if it could not load
  const [wanted, setWanted] = useState(false);
  const [canSend, setCanSend] = useState(false);
  const [question, setQuestion] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const box = useCallback(() => rootRef.current?.querySelector("textarea") ?? null, []);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setLoading(true);
    setFailed(false);
    void import("./chat-panel").then(
      ({ ChatPanel }) => {
        // the text in the stand-in's box, and focus inside the stand-in, move to the chat that replaces it
        const root = rootRef.current;
        const input = root?.querySelector("textarea")?.value ?? "";
        setLoaded({ Panel: ChatPanel, input, focus: !!root?.contains(document.activeElement) });
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
    // text typed before this script ran is there already: the guest has used it
    const typed = box()?.value;
    if (typed) {
      setCanSend(!!typed.trim());
      want();
    }
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      load();
      return;
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
    return () => observer.disconnect();
  }, [load, want, box]);

  const ask = (text: string, fromKeyboard: boolean) => {
    const trimmed = text.trim();
    if (!trimmed || question) return;
    setQuestion(trimmed);
    const input = box();
    if (input) input.value = "";
    setCanSend(false);
    // the suggestions go away with the question: keep a keyboard user's focus in the chat
    if (fromKeyboard) input?.focus();
    want();
  };
  // the stand-in's own controls, drawn on the server without handlers: their events, as they bubble up here
  const onInput = () => {
    setCanSend(!!box()?.value.trim());
    want();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== box() || e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    ask(box()?.value ?? "", true);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    ask(box()?.value ?? "", true);
  };
  const onClick = (e: MouseEvent) => {
    const target = e.target as Element;
    const suggestion = target.closest<HTMLElement>("[data-suggestion]");
    if (suggestion) return ask(suggestion.textContent ?? "", suggestion.matches(":focus-visible"));
    if (target.closest("[data-chat-retry]")) load();
  };

  const { Panel, input, focus } = loaded ?? {};
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the events are the stand-in's own buttons and box, as they bubble up
    <div
      ref={rootRef}
      aria-busy={loading || undefined}
      data-chat={Panel ? "loaded" : loading ? "loading" : "waiting"}
      // focus anywhere in the stand-in (the message box, a suggestion, by Tab or by tap) is using it
      onFocus={Panel ? undefined : want}
      onInput={Panel ? undefined : onInput}
      onKeyDown={Panel ? undefined : onKeyDown}
      onSubmit={Panel ? undefined : onSubmit}
      onClick={Panel ? undefined : onClick}
    >
      {Panel ? (
        <Panel
          conversationId={conversationId}
          initialMessages={initialMessages}
          offline={offline}
          suggestions={suggestions}
          missionHrefBase={null}
          handover={{ input: input ?? "", question, focus: !!focus }}
        />
      ) : (
        <StandInContext value={{ question, loading: wanted && loading, failed: wanted && failed, canSend }}>
          {children}
        </StandInContext>
      )}
    </div>
  );
}

/** The stand-in's question, once asked (the chat sends it when it has loaded). */
export function AskedQuestion() {
  return useContext(StandInContext).question;
}

/**
 * Its children only in one state of the stand-in: once a question is asked, until then, while the chat the guest
 * is using loads, or when it could not load (a `data-chat-retry` button in them tries again).
 */
export function StandInPart({
  when,
  children,
}: {
  when: "asked" | "unasked" | "loading" | "failed";
  children: ReactNode;
}) {
  const s = useContext(StandInContext);
  const shown = when === "asked" ? !!s.question : when === "unasked" ? !s.question : s[when];
  return shown ? children : null;
}

/** The stand-in's Send button: enabled while there is text to send. */
export function StandInSend(props: ButtonProps) {
  return <Button {...props} disabled={!useContext(StandInContext).canSend} />;
}
