import "server-only";
import type { OutboxEmail } from "@/lib/domain/outbox-email";
import { toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { putItem, type TransactItem, tx } from "./write";

type B = { buildingId: string };

/**
 * The stored email: the record (its text with secret links redacted) and, from the local transport only, the
 * full text until its links expire, with `ttl` (epoch seconds, the table's TTL attribute) set to that moment.
 */
export type StoredOutboxEmail = OutboxEmail & { fullText?: string; ttl?: number };

const emailItem = (e: StoredOutboxEmail) => toItem(e, keys.outboxEmail(e.buildingId, e.id));

/** Queues an email; the request that caused it succeeds whether or not a mail server is reachable. */
export async function enqueueEmail({ email }: { email: StoredOutboxEmail }): Promise<StoredOutboxEmail> {
  await putItem(emailItem(email));
  return email;
}

/** The same, as an item of the caller's transaction (e.g. an invitation and its email, all or nothing). */
export const enqueueEmailTx = (email: StoredOutboxEmail): TransactItem => tx.put(emailItem(email));

/** A building's outbox, newest first; `status` narrows by filter (the local outbox page, the sender). */
export async function listOutboxEmails({
  buildingId,
  status,
  ...page
}: B & { status?: OutboxEmail["status"] } & PageRequest): Promise<Page<StoredOutboxEmail>> {
  return queryPage<StoredOutboxEmail>({
    pk: partitions.outbox(buildingId),
    ascending: false,
    filter: status
      ? { expression: "#st = :st", names: { "#st": "status" }, values: { ":st": status } }
      : undefined,
    ...page,
  });
}

export async function markEmailSent({
  buildingId,
  emailId,
  error = null,
}: B & { emailId: string; error?: string | null }): Promise<OutboxEmail> {
  return updateRecord<OutboxEmail>({
    key: keys.outboxEmail(buildingId, emailId),
    set: error
      ? { status: "failed", error }
      : { status: "sent", sentAt: new Date().toISOString(), error: null },
    what: "Email",
  });
}
