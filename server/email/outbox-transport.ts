import "server-only";
import { newId } from "@/lib/domain/ids";
import type { OutboxEmail } from "@/lib/domain/outbox-email";
import { enqueueEmail } from "../db/outbox";
import type { EmailMessage, SentEmail } from "./types";

/** The outbox record of a message; SES writes one too, already sent or failed, so managers see every email. */
export function outboxRecord(
  m: EmailMessage,
  status: OutboxEmail["status"],
  extra: Partial<Pick<OutboxEmail, "sentAt" | "error">> = {},
): OutboxEmail {
  const now = new Date().toISOString();
  return {
    id: newId(),
    buildingId: m.buildingId,
    to: m.to,
    subject: m.subject,
    text: m.text,
    kind: m.kind ?? "notification",
    status,
    createdAt: now,
    sentAt: extra.sentAt ?? null,
    error: extra.error ?? null,
  };
}

/**
 * Local default: the email is stored in the building's outbox (pending) and read there by a manager in the app,
 * so a laptop needs no mail server and nothing ever goes out to a real address by accident.
 */
export async function sendViaOutbox(m: EmailMessage): Promise<SentEmail> {
  const email = await enqueueEmail({ email: outboxRecord(m, "pending") });
  return { id: email.id, transport: "outbox", status: "pending" };
}
