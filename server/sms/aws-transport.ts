import "server-only";
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { config } from "../config";
import { logger } from "../logger";
import type { SmsMessage, SmsTransport } from "./types";

/** What the adapter needs of a client: tests pass a fake that records the command. */
export type SmsClientLike = { send(command: SendTextMessageCommand): Promise<{ MessageId?: string }> };

let client: PinpointSMSVoiceV2Client | undefined;
const defaultClient = (): SmsClientLike => {
  client ??= new PinpointSMSVoiceV2Client({ region: config().AWS_REGION });
  return client;
};

/** The AWS End User Messaging SMS (pinpoint-sms-voice-v2) request: transactional, from the configured identity. */
export function sendTextCommand(m: SmsMessage, originationIdentity = config().SMS_ORIGINATION_IDENTITY) {
  return new SendTextMessageCommand({
    DestinationPhoneNumber: m.to,
    MessageBody: m.text,
    MessageType: "TRANSACTIONAL",
    ...(originationIdentity ? { OriginationIdentity: originationIdentity } : {}),
    Context: { kind: m.kind.replace(/[^A-Za-z0-9_-]/g, "_"), buildingId: m.buildingId },
  });
}

/** Production: AWS End User Messaging SMS. A refusal is returned as `failed` with AWS's message, never thrown. */
export function awsSmsTransport(sms: SmsClientLike = defaultClient()): SmsTransport {
  return {
    name: "aws",
    async send(m: SmsMessage) {
      try {
        const out = await sms.send(sendTextCommand(m));
        return { id: out.MessageId ?? "", transport: "aws", status: "sent" };
      } catch (e) {
        const error = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : "SMS send failed";
        logger.error("sms send failed", { buildingId: m.buildingId, kind: m.kind, error });
        return { id: "", transport: "aws", status: "failed", error };
      }
    },
  };
}
