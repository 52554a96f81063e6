"use client";

import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatPanel, type SuggestionKey } from "./chat-panel";

/**
 * The chat page's panel. After the first answer of a new conversation the address becomes the conversation's,
 * so a reload or a shared link reopens it (the list shows it on the next visit).
 */
export function ChatPageClient(props: {
  conversationId: string;
  initialMessages: ChatUIMessage[];
  offline: boolean;
  suggestions: readonly SuggestionKey[];
  missionHrefBase: string | null;
  basePath: string;
  isNew: boolean;
}) {
  const { basePath, isNew, ...panel } = props;
  return (
    <ChatPanel
      {...panel}
      onFirstAnswer={(id) => {
        if (isNew) window.history.replaceState(null, "", `${basePath}?c=${id}`);
      }}
    />
  );
}
