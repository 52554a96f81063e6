import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { Citation, ConversationDTO, Message, MessagePart } from "@/lib/domain/conversation";
import { newId } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../../agents/director";
import {
  appendMessages,
  createConversation,
  findConversation,
  listConversationsByUser,
  listMessages,
} from "../../db/conversations";

/**
 * A person's concierge conversations. Each belongs to one user (guests: their reservation); anyone else's id
 * is "not found", never someone else's history. Messages keep the AI SDK's UI parts as they were streamed.
 */
export async function openConversation(
  actor: Actor,
  { conversationId, title, channel }: { conversationId: string; title: string; channel: "web" | "api" },
): Promise<ConversationDTO> {
  authorize(actor, "concierge.chat");
  const found = await findConversation({ buildingId: actor.buildingId, conversationId });
  if (found) {
    if (found.userId !== requesterId(actor)) throw notFound("Conversation");
    return found;
  }
  const now = new Date().toISOString();
  return createConversation({
    conversation: {
      id: conversationId,
      buildingId: actor.buildingId,
      userId: requesterId(actor),
      title: title.replace(/\s+/g, " ").trim().slice(0, 80) || "…",
      channel,
      messageCount: 0,
      createdAt: now,
      updatedAt: now,
    },
  });
}

export async function listConversations(
  actor: Actor,
  page: { limit?: number; cursor?: string },
): Promise<PageDTO<ConversationDTO>> {
  authorize(actor, "concierge.chat");
  const p = await listConversationsByUser({
    buildingId: actor.buildingId,
    userId: requesterId(actor),
    ...page,
  });
  return { items: p.items, cursor: p.cursor };
}

/** The conversation's last `limit` messages, oldest first; the owner only. */
export async function conversationMessages(
  actor: Actor,
  conversationId: string,
  limit = 40,
): Promise<{ conversation: ConversationDTO; messages: Message[] }> {
  authorize(actor, "concierge.chat");
  const conversation = await findConversation({ buildingId: actor.buildingId, conversationId });
  if (!conversation || conversation.userId !== requesterId(actor)) throw notFound("Conversation");
  const page = await listMessages({ buildingId: actor.buildingId, conversationId, ascending: false, limit });
  return { conversation, messages: page.items.reverse() };
}

/**
 * Stores one exchange: the user's message (unless it is a retry of the stored one) and the answer; a retry's
 * answer takes the place of the earlier answers it `replaces`, in the same transaction.
 */
export async function recordExchange(
  conversation: ConversationDTO,
  turn: {
    userText: string | null;
    answerParts: MessagePart[];
    citations: Citation[];
    missionId: string | null;
    /** ids made when the turn started, so the question sorts before the answer */
    questionId?: string;
    answerId?: string;
    /** ids of the stored answers this one replaces (a retry) */
    replaces?: string[];
  },
): Promise<void> {
  const base = { conversationId: conversation.id, buildingId: conversation.buildingId };
  const messages: Message[] = [];
  if (turn.userText !== null) {
    messages.push({
      ...base,
      id: turn.questionId ?? newId(),
      role: "user",
      parts: [{ type: "text", text: turn.userText }],
      citations: [],
      missionId: null,
      createdAt: new Date().toISOString(),
    });
  }
  messages.push({
    ...base,
    id: turn.answerId ?? newId(),
    role: "assistant",
    parts: turn.answerParts,
    citations: turn.citations,
    missionId: turn.missionId,
    createdAt: new Date().toISOString(),
  });
  await appendMessages({ conversation, messages, remove: turn.replaces ?? [] });
}
