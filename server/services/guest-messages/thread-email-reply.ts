import "server-only";
import { createHash } from "node:crypto";
import EmailReplyParser from "email-reply-parser";
import { type AddressObject, simpleParser } from "mailparser";
import type { StayReply } from "@/lib/domain/guest-message";
import { newId } from "@/lib/domain/ids";
import { findReservation } from "../../db/reservations";
import { addStayReply, findStayByReplyTokenHash } from "../../db/stay-messages";
import { hashToken } from "../../db/token-hash";
import { logger } from "../../logger";
import { noticeStayReply } from "./notice-stay-reply";
import { replyTokenIn } from "./reply-address";

export type ThreadOutcome = { status: "threaded" | "duplicate" | "unmatched"; reservationId: string | null };

const addressesOf = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address ?? ""));

/** Every address the email was delivered to: To, Cc, and the headers relays add (Delivered-To, X-Original-To). */
function recipientsOf(mail: Awaited<ReturnType<typeof simpleParser>>): string[] {
  const extra = ["delivered-to", "x-original-to", "x-forwarded-to"].flatMap((h) => {
    const v = mail.headers.get(h);
    const values = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return values.flatMap((x) =>
      typeof x === "string" ? [x.replace(/^.*<|>.*$/g, "")] : addressesOf(x as AddressObject),
    );
  });
  return [...addressesOf(mail.to), ...addressesOf(mail.cc), ...extra];
}

/**
 * A raw email (MIME, as SES receipt stores it) threaded to the stay whose reply address it was sent to: parsed
 * with mailparser (multipart, encodings, HTML-only mail turned to text), the quoted message and signature cut with
 * email-reply-parser, stored once per Message-ID (a redelivery is a no-op). Mail to no stay's address is
 * `unmatched` and stored nowhere. A stored reply tells the front desk (an in-app notice linking to the stay).
 */
export async function threadEmailReply(raw: Buffer | string, now = new Date()): Promise<ThreadOutcome> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const token = recipientsOf(mail)
    .map(replyTokenIn)
    .find((t) => t !== null);
  const stay = token ? await findStayByReplyTokenHash(hashToken(token)) : null;
  const r = stay ? await findReservation(stay) : null;
  if (!r) return { status: "unmatched", reservationId: null };
  const from = mail.from?.value[0]?.address ?? "";
  const visible = new EmailReplyParser()
    .read(mail.text ?? "")
    .getVisibleText()
    .trim();
  const reply: StayReply = {
    buildingId: r.buildingId,
    reservationId: r.id,
    id: newId(),
    from: from.slice(0, 320),
    fromGuest: from.toLowerCase() === r.guest.email.toLowerCase(),
    subject: (mail.subject ?? "").slice(0, 300),
    text: (visible || (mail.text ?? "").trim()).slice(0, 10_000),
    receivedAt: (mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : now).toISOString(),
  };
  const messageId = mail.messageId ?? createHash("sha256").update(raw).digest("hex");
  const stored = await addStayReply(reply, hashToken(messageId).slice(0, 40));
  if (stored) {
    logger.info("guest reply threaded", { reservationId: r.id, fromGuest: reply.fromGuest });
    await noticeStayReply(reply, r.guest.name);
  }
  return { status: stored ? "threaded" : "duplicate", reservationId: r.id };
}
