import "server-only";

/**
 * A secret the email carries (a check-in, invitation or password-reset link): it goes to the recipient, but the
 * stored copy of the email never holds it in working form after `expiresAt`, the moment it stops working anyway.
 */
export type EmailSecret = { value: string; expiresAt: string };

/**
 * One email to one address. `kind` says what caused it (the outbox shows it); `html` is optional. Every secret
 * link in the text is listed in `secrets`: the outbox keeps the text with those links redacted.
 */
export type EmailMessage = {
  buildingId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind?: string;
  secrets?: EmailSecret[];
  /** where replies go (a guest message's per-stay reply address) */
  replyTo?: string;
};

/** Where an email went: the outbox record's id, and whether it left (SES) or waits to be read (outbox). */
export type SentEmail = { id: string; transport: EmailTransportName; status: "pending" | "sent" | "failed" };

export const EMAIL_TRANSPORTS = ["outbox", "ses"] as const;
export type EmailTransportName = (typeof EMAIL_TRANSPORTS)[number];
