import "server-only";
import type { Conversation, Message } from "@/lib/domain/conversation";
import { findOne, getOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { type EntityKeys, indexAttributes } from "./update";
import { buildUpdate, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key of a conversation: the table key and its user's list, most recently active first (gsi1). */
export const conversationKeys = (
  c: Pick<Conversation, "buildingId" | "id" | "userId" | "updatedAt">,
): EntityKeys => ({
  ...keys.conversation(c.buildingId, c.id),
  ...keys.conversationByUser(c.buildingId, c.userId, c.updatedAt, c.id),
});
const conversationItem = (c: Conversation) => toItem(c, conversationKeys(c));
const messageItem = (m: Message) => toItem(m, keys.message(m.buildingId, m.conversationId, m.id));

export async function createConversation({
  conversation,
}: {
  conversation: Conversation;
}): Promise<Conversation> {
  await transactWrite([tx.put(conversationItem(conversation), "attribute_not_exists(pk)")]);
  return conversation;
}

export function findConversation({
  buildingId,
  conversationId,
}: B & { conversationId: string }): Promise<Conversation | null> {
  return findOne<Conversation>(keys.conversation(buildingId, conversationId));
}

export function getConversation({
  buildingId,
  conversationId,
}: B & { conversationId: string }): Promise<Conversation> {
  return getOne<Conversation>(keys.conversation(buildingId, conversationId), "Conversation");
}

/** A user's conversations, most recently active first (gsi1 sort key `updatedAt#id`). */
export async function listConversationsByUser({
  buildingId,
  userId,
  ...page
}: B & { userId: string } & PageRequest) {
  return queryPage<Conversation>({
    index: "gsi1",
    pk: partitions.conversationsByUser(buildingId, userId),
    ascending: false,
    ...page,
  });
}

/**
 * Appends messages (and removes the ones they replace) and moves the conversation up the user's list, in one
 * transaction: the list order (gsi1 sort key) and the count never disagree with the messages actually stored.
 */
export async function appendMessages({
  conversation,
  messages,
  title,
  remove = [],
}: {
  conversation: Pick<Conversation, "buildingId" | "id" | "userId">;
  messages: Message[];
  title?: string;
  remove?: string[];
}): Promise<void> {
  const at = messages.at(-1)?.createdAt ?? new Date().toISOString();
  const c = conversation;
  // every attribute feeding the keys is known (the ids, and the new updatedAt): no read needed, and two racing
  // appends each write their updatedAt and its gsi1 key together
  const index = indexAttributes(conversationKeys({ ...c, updatedAt: at }));
  const set = buildUpdate({ updatedAt: at, ...index, ...(title ? { title } : {}) });
  // messageCount is an ADD, appended to the SET built above
  const update = {
    ...set,
    UpdateExpression: `${set.UpdateExpression} ADD messageCount :n`,
    ExpressionAttributeValues: {
      ...set.ExpressionAttributeValues,
      ":n": messages.length - remove.length,
    },
  };
  await transactWrite([
    tx.update(keys.conversation(c.buildingId, c.id), update, "attribute_exists(pk)"),
    ...messages.map((m) => tx.put(messageItem(m), "attribute_not_exists(pk)")),
    // a replaced message must still be there, so the count only drops for what was removed
    ...remove.map((id) => tx.delete(keys.message(c.buildingId, c.id, id), "attribute_exists(pk)")),
  ]);
}

/** Messages oldest first by default (a chat reads top to bottom); `ascending: false` for "latest N". */
export async function listMessages({
  buildingId,
  conversationId,
  ascending = true,
  ...page
}: B & { conversationId: string; ascending?: boolean } & PageRequest): Promise<Page<Message>> {
  return queryPage<Message>({
    pk: partitions.conversation(buildingId, conversationId),
    sk: { beginsWith: "MSG#" },
    ascending,
    ...page,
  });
}
