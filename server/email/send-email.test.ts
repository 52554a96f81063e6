import type { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { afterEach, describe, expect, it } from "vitest";
import type { Reservation } from "@/lib/domain/reservation";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { getBuilding } from "../db/buildings";
import { listOutboxEmails } from "../db/outbox";
import { listOutbox } from "../services/outbox/list-outbox";
import { checkinLinkEmail } from "./checkin-link-email";
import { outboxRecord, REDACTED_LINK } from "./outbox-transport";
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

describe("secret links in stored emails", () => {
  const token = "tok_secret_3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9";
  const url = `http://localhost:3000/checkin/${token}`;
  const expiresAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  /** A check-in link email as the booking sends it: the builder marks the link as a secret. */
  const checkinEmail = async () => {
    const building = await getBuilding({ buildingId: b });
    const r: Reservation = {
      ...makeReservation(b, "unit_x", "2033-03-01", "2033-03-04"),
      guest: { name: "Gus", email: `g${Math.random().toString(36).slice(2, 8)}@guest.example` },
      checkinLink: {
        tokenHash: "h".repeat(64),
        expiresAt,
        revoked: false,
        createdAt: new Date().toISOString(),
      },
    };
    const { locale: _l, ...email } = checkinLinkEmail(r, { number: "101" }, building, url);
    return email;
  };
  const storedTo = async (to: string) =>
    (await listOutboxEmails({ buildingId: b, limit: 100 })).items.filter((e) => e.to === to);

  it("with SES: the guest gets the link, the outbox keeps only a redacted copy, no TTL needed", async () => {
    process.env.EMAIL_TRANSPORT = "ses";
    const ses = fakeSes();
    const email = await checkinEmail();
    expect(email.secrets).toEqual([{ value: url, expiresAt }]);
    await sendEmail(email, { ses });
    expect(ses.sent[0]?.input.Content?.Simple?.Body?.Text?.Data).toContain(url);
    const stored = await storedTo(email.to);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0].text).toContain(REDACTED_LINK);
    expect(stored[0]).not.toHaveProperty("fullText");
    // nor does a failed send keep it
    await sendEmail(email, { ses: fakeSes(true) });
    expect(JSON.stringify(await storedTo(email.to))).not.toContain(token);
    const page = await listOutbox(userActor(b, "manager"), { limit: 100 }, { revealLinks: true });
    expect(JSON.stringify(page)).not.toContain(token);
  });

  it("with the local outbox: the full text only until the link expires (TTL no later than the expiry)", async () => {
    const email = await checkinEmail();
    await sendEmail(email);
    const [stored] = await storedTo(email.to);
    expect(stored.text).not.toContain(token);
    expect(stored.fullText).toContain(url);
    expect(stored.ttl).toBeDefined();
    expect((stored.ttl ?? Infinity) * 1000).toBeLessThanOrEqual(Date.parse(expiresAt));
    const manager = userActor(b, "manager");
    const mine = (p: { items: { id: string; text: string }[] }) =>
      p.items.find((e) => e.id === stored.id)?.text;
    // the API (no revealLinks) never shows it; the local outbox page does, while the link works
    expect(mine(await listOutbox(manager, { limit: 100 }))).not.toContain(token);
    expect(mine(await listOutbox(manager, { limit: 100 }, { revealLinks: true }))).toContain(url);
    const after = new Date(Date.parse(expiresAt) + 1000);
    expect(mine(await listOutbox(manager, { limit: 100 }, { revealLinks: true, now: after }))).not.toContain(
      token,
    );
  });

  it("keeps no full text for a link that has already expired, and redacts a secret in the subject", () => {
    const past = new Date(Date.now() - 1000).toISOString();
    const m = {
      ...message,
      subject: `Your link ${url}`,
      text: `Open ${url}`,
      secrets: [{ value: url, expiresAt: past }],
    };
    const rec = outboxRecord(m, "pending", {}, { keepUntilExpiry: true });
    expect(JSON.stringify(rec)).not.toContain(token);
  });
});
