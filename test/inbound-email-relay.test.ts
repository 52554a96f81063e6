import http from "node:http";
import type { AddressInfo } from "node:net";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createRelay, type SesReceiptEvent } from "../infra/lambda/inbound-email-relay";
import { startS3 } from "../scripts/stack/s3";

/**
 * The Lambda that turns SES receipts into calls to the inbound email route (infra/lambda/inbound-email-relay.ts),
 * against the S3 emulator (where the receipt rule's S3 action left the raw message) and a local HTTP server in
 * the app's place: the exact bytes go with the bearer secret; an answer other than 2xx throws (Lambda retries,
 * then the dead-letter queue keeps the event); SES's virus verdict stops a message.
 */
const bucket = "buildingos-inbound-test";
const prefix = "inbound/";
const s3 = await startS3({ bucket });
const client = new S3Client({
  endpoint: s3.endpoint,
  forcePathStyle: true,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: Buffer };
const seen: Seen[] = [];
let answer = { status: 200, body: '{"status":"threaded","reservationId":"res_1"}' };
const app = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
});
await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/v1/inbound/email`;

afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  await s3.stop();
});
beforeEach(() => {
  seen.length = 0;
  answer = { status: 200, body: '{"status":"threaded","reservationId":"res_1"}' };
});

const secret = "inbound-secret-0123456789abcdef";
const relay = createRelay({ s3: client, bucket, prefix, url, secret: async () => secret, log: () => {} });

/** A reply as SES stores it: CRLF lines, an 8-bit body, the stay's plus address. */
const rawEmail = (id: string) =>
  Buffer.from(
    [
      "Return-Path: <olivia@guest.example>",
      "From: Olivia Park <olivia@guest.example>",
      "To: stays+tok3n@reply.mail.example.org",
      `Message-ID: <${id}@guest.example>`,
      "Subject: Re: Your stay at Harbor View",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      "Could we check in at 13:00? Obrigada — Olívia",
      "",
      "> On Mon, Harbor View wrote:",
      "> Your door code is ready.",
      "",
    ].join("\r\n"),
    "utf8",
  );
const store = async (messageId: string, raw: Buffer) =>
  client.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${messageId}`, Body: raw }));

/** SES's Lambda-action event for one message (the shape AWS documents; fields this relay ignores trimmed). */
const receipt = (messageId: string, verdicts: { virus?: string; spam?: string } = {}): SesReceiptEvent => ({
  Records: [
    {
      eventSource: "aws:ses",
      ses: {
        mail: {
          messageId,
          source: "olivia@guest.example",
          destination: ["stays+tok3n@reply.mail.example.org"],
        },
        receipt: {
          recipients: ["stays+tok3n@reply.mail.example.org"],
          spamVerdict: { status: verdicts.spam ?? "PASS" },
          virusVerdict: { status: verdicts.virus ?? "PASS" },
        },
      },
    },
  ],
});

describe("the inbound email relay", () => {
  it("posts the stored message's exact bytes to the inbound route with the bearer secret", async () => {
    const raw = rawEmail("m1");
    await store("o3vq1ses0m1", raw);
    const out = await relay(receipt("o3vq1ses0m1"));
    expect(out).toEqual([{ messageId: "o3vq1ses0m1", outcome: "forwarded", status: 200 }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/api/v1/inbound/email" });
    expect(seen[0].headers.authorization).toBe(`Bearer ${secret}`);
    expect(seen[0].headers["content-type"]).toBe("message/rfc822");
    expect(seen[0].body.equals(raw)).toBe(true);
  });

  it("throws when the app refuses or fails, so Lambda retries instead of dropping the reply", async () => {
    await store("o3vq1ses0m2", rawEmail("m2"));
    answer = { status: 503, body: '{"error":{"code":"unavailable"}}' };
    await expect(relay(receipt("o3vq1ses0m2"))).rejects.toThrow(/answered 503/);
    answer = { status: 401, body: '{"error":{"code":"unauthenticated"}}' };
    await expect(relay(receipt("o3vq1ses0m2"))).rejects.toThrow(/answered 401/);
    expect(seen).toHaveLength(2);
    // the retry after the app is back forwards it
    answer = { status: 200, body: '{"status":"duplicate","reservationId":"res_1"}' };
    expect((await relay(receipt("o3vq1ses0m2")))[0].outcome).toBe("forwarded");
  });

  it("throws when the app cannot be reached or the message is not in the bucket", async () => {
    await store("o3vq1ses0m3", rawEmail("m3"));
    const unreachable = createRelay({
      s3: client,
      bucket,
      prefix,
      url: "http://127.0.0.1:1/api/v1/inbound/email",
      secret: async () => secret,
      log: () => {},
    });
    await expect(unreachable(receipt("o3vq1ses0m3"))).rejects.toThrow();
    await expect(relay(receipt("never-stored"))).rejects.toThrow();
    expect(seen).toHaveLength(0);
  });

  it("does not forward what SES marked as a virus or spam", async () => {
    await store("o3vq1ses0m4", rawEmail("m4"));
    expect(await relay(receipt("o3vq1ses0m4", { virus: "FAIL" }))).toEqual([
      { messageId: "o3vq1ses0m4", outcome: "skipped" },
    ]);
    expect((await relay(receipt("o3vq1ses0m4", { spam: "FAIL" })))[0].outcome).toBe("skipped");
    expect(seen).toHaveLength(0);
  });
});
