import "server-only";
import { z } from "zod";
import { sendViaOutbox } from "./outbox-transport";
import { type SesLike, sendViaSes } from "./ses-transport";
import { EMAIL_TRANSPORTS, type EmailMessage, type EmailTransportName, type SentEmail } from "./types";

export type { EmailMessage, SentEmail } from "./types";

const transportSchema = z.enum(EMAIL_TRANSPORTS).default("outbox");

/** `EMAIL_TRANSPORT=ses|outbox` (default outbox), read on each call so tests and scripts can switch it. */
export function emailTransport(): EmailTransportName {
  const parsed = transportSchema.safeParse(process.env.EMAIL_TRANSPORT || undefined);
  if (!parsed.success) throw new Error(`EMAIL_TRANSPORT must be one of ${EMAIL_TRANSPORTS.join(", ")}`);
  return parsed.data;
}

/**
 * The one way the app sends email. Every message is recorded in the building's outbox: pending (local
 * transport, read in the app) or sent/failed (SES). Resolves once recorded; a mail server failure is recorded,
 * not thrown, so the request that caused the email is never undone by it.
 */
export async function sendEmail(message: EmailMessage, opts: { ses?: SesLike } = {}): Promise<SentEmail> {
  return emailTransport() === "ses" ? sendViaSes(message, opts.ses) : sendViaOutbox(message);
}
