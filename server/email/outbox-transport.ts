import "server-only";
import { newId } from "@/lib/domain/ids";
import type { OutboxEmail } from "@/lib/domain/outbox-email";
import { enqueueEmail, type StoredOutboxEmail } from "../db/outbox";
import type { EmailMessage, EmailSecret, SentEmail } from "./types";

/** What stands in a stored email where a secret link was. Not a URL, so nothing renders it as a link. */
export const REDACTED_LINK = "⟨link removed from the stored copy: only the recipient has it⟩";

/** The text with every secret replaced by REDACTED_LINK. */
export function redactSecrets(text: string, secrets: readonly EmailSecret[] = []): string {
  return secrets.reduce((t, s) => (s.value ? t.split(s.value).join(REDACTED_LINK) : t), text);
}

/**
 * The outbox record of a message; SES writes one too, already sent or failed, so managers see every email.
 * `text` and `subject` never hold a secret link. With `keepUntilExpiry` (the local outbox transport only, where
 * the outbox is the inbox a laptop reads links from), the full text is kept beside it in `fullText`, with the
 * table's TTL attribute set to the earliest expiry of its secrets: the item is deleted once its links have
 * stopped working, and readers ignore `fullText` from that moment on (TTL deletion is lazy).
 */
export function outboxRecord(
  m: EmailMessage,
  status: OutboxEmail["status"],
  extra: Partial<Pick<OutboxEmail, "sentAt" | "error">> = {},
  opts: { keepUntilExpiry?: boolean; now?: Date } = {},
): StoredOutboxEmail {
  const now = opts.now ?? new Date();
  const secrets = m.secrets ?? [];
  const record: StoredOutboxEmail = {
    id: newId(),
    buildingId: m.buildingId,
    to: m.to,
    subject: redactSecrets(m.subject, secrets),
    text: redactSecrets(m.text, secrets),
    kind: m.kind ?? "notification",
    status,
    createdAt: now.toISOString(),
    sentAt: extra.sentAt ?? null,
    error: extra.error ?? null,
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
  };
  if (!opts.keepUntilExpiry || secrets.length === 0) return record;
  const expiresAtMs = Math.min(...secrets.map((s) => Date.parse(s.expiresAt)));
  if (!(expiresAtMs > now.getTime())) return record;
  return { ...record, fullText: m.text, ttl: Math.floor(expiresAtMs / 1000) };
}

/** The full text while its secrets still work, else the redacted one (e.g. the TTL has not deleted it yet). */
export function readableText(e: StoredOutboxEmail, now = new Date()): string {
  return e.fullText !== undefined && e.ttl !== undefined && e.ttl * 1000 > now.getTime()
    ? e.fullText
    : e.text;
}

/**
 * Local default: the email is stored in the building's outbox (pending) and read there by a manager in the app,
 * so a laptop needs no mail server and nothing ever goes out to a real address by accident.
 */
export async function sendViaOutbox(m: EmailMessage): Promise<SentEmail> {
  const email = await enqueueEmail({ email: outboxRecord(m, "pending", {}, { keepUntilExpiry: true }) });
  return { id: email.id, transport: "outbox", status: "pending" };
}
