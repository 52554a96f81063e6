"use client";

import { useCallback } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import type { ChatUIMessage } from "@/lib/domain/chat";

/**
 * A staff member's reply in this conversation (it was handed to a person) appears in the open chat as it is
 * sent, from the building's live stream (which only carries it to the conversation's owner).
 */
export function useStaffReplies(
  conversationId: string,
  setMessages: (update: (prev: ChatUIMessage[]) => ChatUIMessage[]) => void,
) {
  const onMessage = useCallback(
    (m: Parameters<Parameters<typeof useLiveUpdates>[0]>[0]) => {
      if (m.type !== "staffReply" || m.conversationId !== conversationId) return;
      const reply: ChatUIMessage = {
        id: m.message.id,
        role: "assistant",
        parts: m.message.parts as unknown as ChatUIMessage["parts"],
        metadata: { conversationId },
      };
      setMessages((prev) => (prev.some((x) => x.id === reply.id) ? prev : [...prev, reply]));
    },
    [conversationId, setMessages],
  );
  useLiveUpdates(onMessage);
}
