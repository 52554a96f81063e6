import type { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { afterEach, describe, expect, it } from "vitest";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { listOutbox } from "../services/list-outbox";
import { emailTransport, sendEmail } from "./send-email";

const b = newBuildingId();
await seedBuilding(b);
const message = {
  buildingId: b,
  to: "ana@guest.example",
  subject: "Hello",
  text: "Plain body",
  html: "<p>Body</p>",
};
afterEach(() => {
  delete process.env.EMAIL_TRANSPORT;
});

/** A stand-in SES client: records each command, or fails like SES would. */
const fakeSes = (fail = false) => {
  const sent: SendEmailCommand[] = [];
  return {
    sent,
    send: async (c: SendEmailCommand) => {
      if (fail) throw Object.assign(new Error("Email address is not verified."), { name: "MessageRejected" });
      sent.push(c);
      return { MessageId: "m-1" };
    },
  };
};

describe("sendEmail", () => {
  it("defaults to the outbox: the email waits there, pending, for a manager to read", async () => {
    expect(emailTransport()).toBe("outbox");
    const out = await sendEmail({ ...message, kind: "test" });
    expect(out).toMatchObject({ transport: "outbox", status: "pending" });
    const page = await listOutbox(userActor(b, "manager"), {});
    expect(page.items.find((e) => e.id === out.id)).toMatchObject({
      to: message.to,
      subject: "Hello",
      kind: "test",
    });
  });

  it("with EMAIL_TRANSPORT=ses sends through SES v2 and records it as sent", async () => {
    process.env.EMAIL_TRANSPORT = "ses";
    const ses = fakeSes();
    const out = await sendEmail(message, { ses });
    expect(out).toMatchObject({ transport: "ses", status: "sent" });
    const input = ses.sent[0]?.input;
    expect(input?.Destination?.ToAddresses).toEqual([message.to]);
    expect(input?.Content?.Simple?.Subject?.Data).toBe("Hello");
    expect(input?.Content?.Simple?.Body).toMatchObject({
      Text: { Data: "Plain body" },
      Html: { Data: "<p>Body</p>" },
    });
    const page = await listOutbox(userActor(b, "manager"), { status: "sent" });
    expect(page.items.map((e) => e.id)).toContain(out.id);
  });

  it("records an SES failure instead of throwing, so the change that caused the email stands", async () => {
    process.env.EMAIL_TRANSPORT = "ses";
    const out = await sendEmail(message, { ses: fakeSes(true) });
    expect(out.status).toBe("failed");
    const page = await listOutbox(userActor(b, "manager"), { status: "failed" });
    expect(page.items.find((e) => e.id === out.id)?.error).toMatch(/MessageRejected/);
  });

  it("refuses an unknown transport name, and the outbox to anyone but managers", async () => {
    process.env.EMAIL_TRANSPORT = "smtp";
    expect(() => emailTransport()).toThrow(/EMAIL_TRANSPORT/);
    await expect(listOutbox(userActor(b, "staff"), {})).rejects.toMatchObject({ code: "forbidden" });
  });
});
