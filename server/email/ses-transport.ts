import "server-only";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { config } from "../config";
import { enqueueEmail } from "../db/outbox";
import { logger } from "../logger";
import { outboxRecord } from "./outbox-transport";
import type { EmailMessage, SentEmail } from "./types";

/** What the SES adapter needs of a client: tests pass a fake that records the command. */
export type SesLike = { send(command: SendEmailCommand): Promise<{ MessageId?: string }> };

let client: SESv2Client | undefined;
const sesClient = (): SesLike => {
  client ??= new SESv2Client({ region: config().AWS_REGION });
  return client;
};

export const emailFrom = () => config().EMAIL_FROM;

/** The SES v2 request for a message: simple content, UTF-8, HTML only when given. */
export function sesCommand(m: EmailMessage, from = emailFrom()): SendEmailCommand {
  const data = (Data: string) => ({ Data, Charset: "UTF-8" });
  return new SendEmailCommand({
    FromEmailAddress: from,
    Destination: { ToAddresses: [m.to] },
    ...(m.replyTo ? { ReplyToAddresses: [m.replyTo] } : {}),
    Content: {
      Simple: {
        Subject: data(m.subject),
        Body: { Text: data(m.text), ...(m.html ? { Html: data(m.html) } : {}) },
      },
    },
    EmailTags: [{ Name: "kind", Value: (m.kind ?? "notification").replace(/[^A-Za-z0-9_-]/g, "_") }],
  });
}

/**
 * Production: Amazon SES v2. The outcome is also kept in the outbox (sent or failed, with SES's message), so a
 * manager can see what went out and a failure is never silent. A send failure does not throw: the caller's
 * change has happened already, and the failed record is what staff act on (e.g. re-issue a link).
 */
export async function sendViaSes(m: EmailMessage, ses: SesLike = sesClient()): Promise<SentEmail> {
  try {
    await ses.send(sesCommand(m));
    const email = await enqueueEmail({
      email: outboxRecord(m, "sent", { sentAt: new Date().toISOString() }),
    });
    return { id: email.id, transport: "ses", status: "sent" };
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 1000) : "SES send failed";
    logger.error("email send failed", { buildingId: m.buildingId, kind: m.kind, error });
    const email = await enqueueEmail({ email: outboxRecord(m, "failed", { error }) });
    return { id: email.id, transport: "ses", status: "failed" };
  }
}
