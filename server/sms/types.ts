import "server-only";

/** One text message to one phone number (E.164). `kind` says what caused it, as for emails. */
export type SmsMessage = { buildingId: string; to: string; text: string; kind: string };

/** Where a text went: sent (AWS accepted it), pending (recorded by the local outbox) or failed. */
export type SentSms = {
  id: string;
  transport: SmsTransportName;
  status: "pending" | "sent" | "failed";
  error?: string;
};

export const SMS_TRANSPORTS = ["outbox", "aws"] as const;
export type SmsTransportName = (typeof SMS_TRANSPORTS)[number];

/**
 * The adapter interface: production sends through AWS End User Messaging SMS (aws-transport.ts); locally the
 * message is recorded in the building's SMS outbox (outbox-transport.ts), the counterpart of the email outbox.
 * A transport resolves with the outcome and never throws for a refused message: the caller records it.
 */
export type SmsTransport = { name: SmsTransportName; send(message: SmsMessage): Promise<SentSms> };
