import type { ChatUIMessage } from "@/lib/domain/chat";
import type { Message } from "@/lib/domain/conversation";

/** Stored messages back into the AI SDK's UI messages (their parts were kept as streamed). */
export function toUIMessages(messages: Message[]): ChatUIMessage[] {
  return messages
    .filter((m) => m.role !== "system")
    .map((m) => ({
      id: m.id,
      role: m.role as "user" | "assistant",
      parts: m.parts as unknown as ChatUIMessage["parts"],
      metadata: { conversationId: m.conversationId },
    }));
}
