import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

/**
 * The inbound half of guest messages in production (issue 17): an SES receipt rule on the reply domain stores each
 * message in S3, then invokes this function (asynchronously) with the receipt event. It reads the raw MIME back
 * and POSTs it to the app's `POST /api/v1/inbound/email` with `Authorization: Bearer <INBOUND_EMAIL_SECRET>`,
 * where the reply is threaded to its stay. Anything but a 2xx throws, so Lambda retries the event (twice) and
 * then keeps it in the dead-letter queue: a reply never vanishes silently. Messages SES marks as a virus or spam
 * are not forwarded (logged, kept in S3).
 *
 * Kept free of the app's modules (it is bundled on its own by the CDK app, infra/lib/inbound-email.ts); the AWS
 * SDK comes from the Lambda runtime. Unit-tested against the S3 emulator and a local HTTP server
 * (test/inbound-email-relay.test.ts).
 */

type Verdict = { status: string };
/** The part of SES's Lambda-action event this function reads (one record per message). */
export type SesReceiptEvent = {
  Records: {
    eventSource: string;
    ses: {
      mail: { messageId: string; source?: string; destination?: string[] };
      receipt: { recipients?: string[]; spamVerdict?: Verdict; virusVerdict?: Verdict };
    };
  }[];
};

export type RelayOptions = {
  s3: S3Client;
  bucket: string;
  /** the S3 action's objectKeyPrefix; the object is `${prefix}${messageId}` */
  prefix: string;
  /** the app's inbound route, e.g. https://portal.example.com/api/v1/inbound/email */
  url: string;
  /** INBOUND_EMAIL_SECRET (read from Secrets Manager in production) */
  secret: () => Promise<string>;
  timeoutMs?: number;
  log?: (line: Record<string, unknown>) => void;
};

export type RelayOutcome = { messageId: string; outcome: "forwarded" | "skipped"; status?: number };

export function createRelay(o: RelayOptions) {
  const log = o.log ?? ((line) => console.log(JSON.stringify(line)));
  return async function relay(event: SesReceiptEvent): Promise<RelayOutcome[]> {
    const out: RelayOutcome[] = [];
    for (const record of event.Records ?? []) {
      const { mail, receipt } = record.ses;
      if (receipt.virusVerdict?.status === "FAIL" || receipt.spamVerdict?.status === "FAIL") {
        log({ msg: "inbound email not forwarded: SES verdict", messageId: mail.messageId });
        out.push({ messageId: mail.messageId, outcome: "skipped" });
        continue;
      }
      const object = await o.s3.send(
        new GetObjectCommand({ Bucket: o.bucket, Key: `${o.prefix}${mail.messageId}` }),
      );
      const raw = await object.Body?.transformToByteArray();
      if (!raw) throw new Error(`inbound email ${mail.messageId}: empty object`);
      const res = await fetch(o.url, {
        method: "POST",
        headers: { authorization: `Bearer ${await o.secret()}`, "content-type": "message/rfc822" },
        body: new Uint8Array(raw),
        signal: AbortSignal.timeout(o.timeoutMs ?? 20_000),
      });
      const answer = await res.text();
      if (!res.ok) {
        // thrown, not logged and dropped: Lambda retries, then the event waits in the dead-letter queue
        throw new Error(
          `inbound email ${mail.messageId}: ${o.url} answered ${res.status} ${answer.slice(0, 200)}`,
        );
      }
      log({ msg: "inbound email forwarded", messageId: mail.messageId, status: res.status, answer });
      out.push({ messageId: mail.messageId, outcome: "forwarded", status: res.status });
    }
    return out;
  };
}

/** Reads the secret once per warm container. */
function secretFrom(client: SecretsManagerClient, secretId: string) {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= client.send(new GetSecretValueCommand({ SecretId: secretId })).then((r) => {
      if (!r.SecretString) throw new Error("the inbound email secret is empty");
      return r.SecretString;
    });
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
}

let relay: ReturnType<typeof createRelay> | undefined;

/** The Lambda entry point; its settings come from the environment the CDK app sets. */
export async function handler(event: SesReceiptEvent): Promise<RelayOutcome[]> {
  relay ??= createRelay({
    s3: new S3Client({}),
    bucket: required("INBOUND_BUCKET"),
    prefix: process.env.INBOUND_PREFIX ?? "",
    url: required("INBOUND_URL"),
    secret: secretFrom(new SecretsManagerClient({}), required("INBOUND_SECRET_ID")),
  });
  return relay(event);
}

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}
