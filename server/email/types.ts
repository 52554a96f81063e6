import "server-only";

/** One email to one address. `kind` says what caused it (the outbox shows it); `html` is optional. */
export type EmailMessage = {
  buildingId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind?: string;
};

/** Where an email went: the outbox record's id, and whether it left (SES) or waits to be read (outbox). */
export type SentEmail = { id: string; transport: EmailTransportName; status: "pending" | "sent" | "failed" };

export const EMAIL_TRANSPORTS = ["outbox", "ses"] as const;
export type EmailTransportName = (typeof EMAIL_TRANSPORTS)[number];
