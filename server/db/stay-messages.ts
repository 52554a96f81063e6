import "server-only";
import {
  type MessageTemplates,
  messageTemplatesSchema,
  type StayMessage,
  type StayReply,
} from "@/lib/domain/guest-message";
import { findOne, getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { putIfAbsent, putItem } from "./write";

type B = { buildingId: string };
type S = B & { reservationId: string };

/** A stay's messaging state: paused by staff or not, and the token of its reply address. */
export type StayMessaging = S & {
  paused: boolean;
  replyToken: string;
  /** the stay's current check-in link token, sealed (sealed-link.ts), with the hash it must still match */
  link?: { sealed: string; tokenHash: string };
  updatedAt: string;
};
/** The lookup item of a reply token's hash. */
export type StayReplyLookup = S;

/**
 * Every key of a stay message: its item beside the stay's other messages, and the global due list (gsi2)
 * only while it is `scheduled`, so the sweeper reads just what is to be sent.
 */
export const stayMessageKeys = (m: StayMessage): EntityKeys => ({
  ...keys.stayMessage(m.buildingId, m.reservationId, m.moment),
  ...(m.status === "scheduled" ? keys.stayMessageDue(m.dueAt, m.buildingId, m.reservationId, m.moment) : {}),
});

/** The building's templates as saved, or null while it runs on the shipped defaults. */
export async function findMessageTemplates({ buildingId }: B): Promise<MessageTemplates | null> {
  const item = await getRecord<{ templates: unknown }>(keys.messageTemplates(buildingId));
  if (!item) return null;
  // a set saved before a moment or language was added falls back to the defaults, never half-read
  const parsed = messageTemplatesSchema.safeParse(item.templates);
  return parsed.success ? parsed.data : null;
}

export async function saveMessageTemplates({
  buildingId,
  templates,
  updatedAt,
}: B & { templates: MessageTemplates; updatedAt: string }): Promise<void> {
  await putItem(toItem({ buildingId, templates, updatedAt }, keys.messageTemplates(buildingId)));
}

/** Creates the stay's message for a moment unless it has one: true when this call made it. */
export function createStayMessageIfAbsent(m: StayMessage): Promise<boolean> {
  return putIfAbsent(toItem(m, stayMessageKeys(m)));
}

export function findStayMessage({ buildingId, reservationId, moment }: S & { moment: string }) {
  return findOne<StayMessage>(keys.stayMessage(buildingId, reservationId, moment));
}

/**
 * Moves a stay message on (rescheduled, paused, claimed, sent), only if nobody moved it since `current` was read:
 * the condition is on `updatedAt`, which every write changes (bumped past the read one even within the same
 * millisecond), so of two sweepers claiming the same message exactly one wins; the other gets a 409.
 */
export function updateStayMessage({
  current,
  set,
}: {
  current: StayMessage;
  set: Partial<Omit<StayMessage, "buildingId" | "reservationId" | "moment">>;
}): Promise<StayMessage> {
  const stamp = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1)).toISOString();
  return updateRecord<StayMessage>({
    key: keys.stayMessage(current.buildingId, current.reservationId, current.moment),
    set: { ...set, updatedAt: stamp },
    what: "Message",
    keysOf: stayMessageKeys,
    current,
    condition: {
      expression: "#mu = :mu",
      names: { "#mu": "updatedAt" },
      values: { ":mu": current.updatedAt },
    },
    conflictMessage: "The message changed meanwhile.",
  });
}

/**
 * A stay's partition: its outgoing messages (five moments at most), its replies and its state, told apart by
 * their fields. Bounded by design: up to 200 items (a stay with more replies shows the first 200).
 */
export async function listStayMessageItems({ buildingId, reservationId }: S) {
  const page = await queryPage<StayMessage | StayReply | StayMessaging>({
    pk: partitions.stayMessages(buildingId, reservationId),
    limit: 200,
  });
  const messages: StayMessage[] = [];
  const replies: StayReply[] = [];
  let state: StayMessaging | null = null;
  for (const item of page.items) {
    if ("moment" in item) messages.push(item);
    else if ("from" in item) replies.push(item);
    else state = item;
  }
  return { messages, replies, state };
}

/** Every scheduled stay message of every building due by `now`, oldest first (the sweeper's one Query). */
export function listDueStayMessages({ now, ...page }: { now: Date } & PageRequest) {
  return queryPage<StayMessage>({
    index: "gsi2",
    pk: partitions.stayMessagesDue(),
    sk: { lte: `${now.toISOString()}#~` },
    ...page,
  });
}

export function findStayMessaging({ buildingId, reservationId }: S) {
  return findOne<StayMessaging>(keys.stayMessaging(buildingId, reservationId));
}

/**
 * The stay's messaging state, created once (with its reply token's lookup) by whoever comes first; the loser of
 * a race reads the winner's, so a stay never has two reply addresses.
 */
export async function ensureStayMessaging(state: StayMessaging, tokenHash: string): Promise<StayMessaging> {
  if (await putIfAbsent(toItem(state, keys.stayMessaging(state.buildingId, state.reservationId)))) {
    const lookup: StayReplyLookup = { buildingId: state.buildingId, reservationId: state.reservationId };
    await putItem(toItem(lookup, keys.stayReplyLookup(tokenHash)));
    return state;
  }
  return (await findStayMessaging(state)) ?? state;
}

export function setStayMessagingPaused(state: StayMessaging, paused: boolean): Promise<StayMessaging> {
  return updateRecord<StayMessaging>({
    key: keys.stayMessaging(state.buildingId, state.reservationId),
    set: { paused, updatedAt: new Date().toISOString() },
    what: "Messages",
  });
}

/** Keeps the stay's current check-in link (sealed) for the messages that carry it. */
export function setStayMessagingLink(
  state: StayMessaging,
  link: NonNullable<StayMessaging["link"]>,
): Promise<StayMessaging> {
  return updateRecord<StayMessaging>({
    key: keys.stayMessaging(state.buildingId, state.reservationId),
    set: { link, updatedAt: new Date().toISOString() },
    what: "Messages",
  });
}

export async function findStayByReplyTokenHash(tokenHash: string): Promise<StayReplyLookup | null> {
  return (await getRecord<StayReplyLookup>(keys.stayReplyLookup(tokenHash))) ?? null;
}

/** Stores a reply once per Message-ID: false when that email was already threaded (a redelivery). */
export function addStayReply(reply: StayReply, messageIdHash: string): Promise<boolean> {
  return putIfAbsent(toItem(reply, keys.stayReply(reply.buildingId, reply.reservationId, messageIdHash)));
}
