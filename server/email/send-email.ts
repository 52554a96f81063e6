import "server-only";
import { config } from "../config";
import { sendViaOutbox } from "./outbox-transport";
import { type SesLike, sendViaSes } from "./ses-transport";
import type { EmailMessage, EmailTransportName, SentEmail } from "./types";

export type { EmailMessage, SentEmail } from "./types";

/** `EMAIL_TRANSPORT=ses|outbox` (default outbox), read on each call so tests and scripts can switch it. */
export function emailTransport(): EmailTransportName {
  return config().EMAIL_TRANSPORT;
}

/**
 * The one way the app sends email. Every message is recorded in the building's outbox: pending (local
 * transport, read in the app) or sent/failed (SES). Resolves once recorded; a mail server failure is recorded,
 * not thrown, so the request that caused the email is never undone by it.
 */
export async function sendEmail(message: EmailMessage, opts: { ses?: SesLike } = {}): Promise<SentEmail> {
  return emailTransport() === "ses" ? sendViaSes(message, opts.ses) : sendViaOutbox(message);
}
