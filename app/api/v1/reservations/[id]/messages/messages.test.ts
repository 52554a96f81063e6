import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StayTimeline } from "@/lib/domain/guest-message";
import type { Actor } from "@/lib/roles";
import { guestIdOf } from "@/server/auth/guest-session";
import { listNotifications } from "@/server/db/notifications";
import { listOutboxEmails } from "@/server/db/outbox";
import { findReservation } from "@/server/db/reservations";
import { findStayMessage, listStayMessageItems } from "@/server/db/stay-messages";
import { sweepStayMessages } from "@/server/services/guest-messages/sweep-stay-messages";
import { cancelReservation } from "@/server/services/reservations/cancel-reservation";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { changeReservation } from "@/server/services/stays/change-reservation";
import { listSmsOutbox } from "@/server/sms/outbox-transport";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send } from "@/test/route-harness";
import * as inbound from "../../../inbound/email/route";
import * as resend from "./[moment]/resend/route";
import * as pause from "./pause/route";
import * as timeline from "./route";

/**
 * The guest message timeline (issue 17 item 5) through its routes and the sweeper, against DynamoDB Local: the
 * schedule follows the stay, two sweepers send each message once, pause/resume/resend, and a guest's email reply
 * (a real multipart MIME message with quoted text) threads to the stay only with the relay's secret.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const SECRET = "inbound-secret-for-tests-0123456789";
const saved = { reply: process.env.EMAIL_REPLY_ADDRESS, secret: process.env.INBOUND_EMAIL_SECRET };
beforeAll(() => {
  process.env.EMAIL_REPLY_ADDRESS = "stays@reply.test.example";
  process.env.INBOUND_EMAIL_SECRET = SECRET;
});
afterAll(() => {
  process.env.EMAIL_REPLY_ADDRESS = saved.reply ?? "";
  process.env.INBOUND_EMAIL_SECRET = saved.secret ?? "";
});

const b = newBuildingId();
await seedBuilding(b); // Europe/Lisbon, check-in 15:00, check-out 11:00
const staff = await seedToken(b, { role: "staff" });
const manager = userActor(b);
let n = 0;
const book = async (
  checkIn: string,
  checkOut: string,
  opts: { email?: string; phone?: string | null } = {},
) => {
  const unit = await seedUnit(b, `7${String(++n).padStart(2, "0")}`);
  const email = opts.email ?? `guest${n}@guest.example`;
  const phone = opts.phone === null ? {} : { phone: opts.phone ?? "+34600111222" };
  const { reservation, checkInUrl } = await createReservation(
    manager,
    {
      unitId: unit.id,
      checkIn,
      checkOut,
      guest: { name: "Lucía Pérez", email, ...phone },
      guestCount: 2,
      guestLocale: "es",
    },
    { source: "portal" },
  );
  return { id: reservation.id, email, unit, checkInUrl };
};
const read = async (id: string, headers = bearer(staff.secret)) => {
  const res = await callRoute(timeline.GET, `/api/v1/reservations/${id}/messages`, {
    headers,
    params: { id },
  });
  expect(res.status, res.text).toBe(200);
  expect(documented("get", "/api/v1/reservations/{id}/messages")?.safeParse(res.body).success).toBe(true);
  return res.body as StayTimeline;
};
const outgoing = (t: StayTimeline) =>
  Object.fromEntries(
    t.entries.flatMap((e) =>
      e.kind === "outgoing" ? [[e.moment, { status: e.status, dueAt: e.dueAt }]] : [],
    ),
  );
const emailsTo = async (to: string, kind: string) =>
  (await listOutboxEmails({ buildingId: b, limit: 200 })).items.filter((e) => e.to === to && e.kind === kind);
const textsTo = async (kind: string) =>
  (await listSmsOutbox({ buildingId: b, limit: 200 })).items.filter((s) => s.kind === kind);

describe("guest message timeline", () => {
  it("a stay is scheduled in building time; a date change moves the unsent messages; a cancel cancels them", async () => {
    const stay = await book("2031-03-28", "2031-03-31"); // Lisbon moves to summer time on 30 March 2031
    const before = outgoing(await read(stay.id));
    expect(before).toMatchObject({
      booking_confirmed: { status: "scheduled" },
      before_arrival: { status: "scheduled", dueAt: "2031-03-25T09:00:00.000Z" }, // 09:00 WET
      code_active: { status: "scheduled", dueAt: "2031-03-28T14:00:00.000Z" }, // 15:00 WET − the 60-min margin
      departure_morning: { status: "scheduled", dueAt: "2031-03-31T07:00:00.000Z" }, // 08:00 WEST
      after_checkout: { status: "scheduled", dueAt: "2031-03-31T12:00:00.000Z" }, // 11:00 WEST + 2 h
    });
    await changeReservation(manager, stay.id, { checkIn: "2031-04-02", checkOut: "2031-04-04" });
    expect(outgoing(await read(stay.id))).toMatchObject({
      booking_confirmed: { status: "scheduled", dueAt: before.booking_confirmed.dueAt },
      before_arrival: { status: "scheduled", dueAt: "2031-03-30T08:00:00.000Z" }, // now 09:00 WEST
      departure_morning: { status: "scheduled", dueAt: "2031-04-04T07:00:00.000Z" },
    });
    // the sweeper at the old time sends nothing for the moved moment
    await sweepStayMessages(new Date("2031-03-25T09:05:00Z"), { buildingId: b });
    expect(
      (await findStayMessage({ buildingId: b, reservationId: stay.id, moment: "before_arrival" }))?.status,
    ).toBe("scheduled");
    expect(await emailsTo(stay.email, "guest_before_arrival")).toHaveLength(0);
    await cancelReservation(manager, stay.id);
    const after = outgoing(await read(stay.id));
    expect(Object.values(after).every((m) => m.status === "cancelled" || m.status === "sent")).toBe(true);
    expect(after.before_arrival.status).toBe("cancelled");
  });

  it("two sweepers at once send each due message exactly once, by email (Reply-To the stay) and SMS, in Spanish", async () => {
    const stay = await book("2031-05-10", "2031-05-12");
    // the booking confirmation is due at once
    await Promise.all([
      sweepStayMessages(new Date(), { buildingId: b }),
      sweepStayMessages(new Date(), { buildingId: b }),
    ]);
    expect(await emailsTo(stay.email, "guest_booking_confirmed")).toHaveLength(1);
    const at = new Date("2031-05-07T08:01:00Z"); // before_arrival: 7 May 09:00 WEST
    const [a, c] = await Promise.all([
      sweepStayMessages(at, { buildingId: b }),
      sweepStayMessages(at, { buildingId: b }),
    ]);
    expect(a.sent + c.sent).toBeGreaterThanOrEqual(1);
    const mails = await emailsTo(stay.email, "guest_before_arrival");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Haz el check-in online");
    expect(mails[0].replyTo).toMatch(/^stays\+[0-9a-f]{32}@reply\.test\.example$/);
    // the link given at booking, still working (kept sealed); the readable copy never holds it
    expect(mails[0].text).not.toMatch(/\/checkin\//);
    expect((mails[0] as { fullText?: string }).fullText).toContain(stay.checkInUrl);
    expect(
      (await textsTo("guest_before_arrival")).filter((s) => s.text.includes("check-in online antes")),
    ).toHaveLength(1);
    expect(await emailsTo(stay.email, "guest_booking_confirmed")).toHaveLength(1);
    const t = outgoing(await read(stay.id));
    expect(t.before_arrival.status).toBe("sent");
    // sweeping again sends nothing more
    await sweepStayMessages(at, { buildingId: b });
    expect(await emailsTo(stay.email, "guest_before_arrival")).toHaveLength(1);
  });

  it("pause holds messages, resume reschedules them, resend sends one now; a guest sees only what was sent", async () => {
    const stay = await book("2031-06-10", "2031-06-12");
    const p = await callRoute(pause.POST, `/api/v1/reservations/${stay.id}/messages/pause`, {
      ...post({ paused: true }, bearer(staff.secret)),
      params: { id: stay.id },
    });
    expect(p.status, p.text).toBe(200);
    expect(p.body.paused).toBe(true);
    expect(Object.values(outgoing(p.body)).every((m) => m.status === "paused")).toBe(true);
    await sweepStayMessages(new Date("2031-06-07T08:30:00Z"), { buildingId: b });
    expect(await emailsTo(stay.email, "guest_before_arrival")).toHaveLength(0);
    expect(await emailsTo(stay.email, "guest_booking_confirmed")).toHaveLength(0);

    const r = await callRoute(
      resend.POST,
      `/api/v1/reservations/${stay.id}/messages/departure_morning/resend`,
      {
        ...post({}, bearer(staff.secret)),
        params: { id: stay.id, moment: "departure_morning" },
      },
    );
    expect(r.status, r.text).toBe(200);
    expect(outgoing(r.body).departure_morning.status).toBe("sent");
    expect(await emailsTo(stay.email, "guest_departure_morning")).toHaveLength(1);

    const resumed = await callRoute(pause.POST, `/api/v1/reservations/${stay.id}/messages/pause`, {
      ...post({ paused: false }, bearer(staff.secret)),
      params: { id: stay.id },
    });
    expect(resumed.body.paused).toBe(false);
    expect(outgoing(resumed.body)).toMatchObject({
      before_arrival: { status: "scheduled" },
      departure_morning: { status: "sent" },
    });
    const guest: Actor = {
      kind: "guest",
      id: guestIdOf(stay.id),
      role: "guest",
      buildingId: b,
      unitIds: [stay.unit.id],
      reservationId: stay.id,
    };
    const { getStayTimeline } = await import("@/server/services/guest-messages/get-stay-timeline");
    const seen = await getStayTimeline(guest, stay.id);
    expect(seen.entries.map((e) => (e.kind === "outgoing" ? e.moment : e.kind))).toEqual([
      "departure_morning",
    ]);
    expect(seen.replyAddress).toBeNull();
  });

  it("a guest's reply (multipart, quoted) threads to the stay once; a wrong secret is refused and stores nothing", async () => {
    const stay = await book("2031-07-10", "2031-07-12");
    const { state } = await listStayMessageItems({ buildingId: b, reservationId: stay.id });
    const address = `stays+${state?.replyToken}@reply.test.example`;
    const mime = replyMime(stay.email, address);
    const wrong = await callRoute(inbound.POST, "/api/v1/inbound/email", {
      method: "POST",
      body: mime,
      headers: { authorization: "Bearer not-the-secret-at-all", "content-type": "message/rfc822" },
    });
    expect(wrong.status).toBe(401);
    const none = await callRoute(inbound.POST, "/api/v1/inbound/email", { method: "POST", body: mime });
    expect(none.status).toBe(401);
    expect((await listStayMessageItems({ buildingId: b, reservationId: stay.id })).replies).toHaveLength(0);

    const ok = () =>
      callRoute(inbound.POST, "/api/v1/inbound/email", {
        method: "POST",
        body: mime,
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "message/rfc822" },
      });
    const first = await ok();
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ status: "threaded", reservationId: stay.id });
    expect((await ok()).body.status).toBe("duplicate");
    // the front desk is told once (the redelivery stored nothing, so told no one), with a link to the stay
    const notices = (await listNotifications({ buildingId: b, userId: staff.token.createdBy, limit: 50 }))
      .items;
    const told = notices.filter((x) => x.href === `/staff/reservations/${stay.id}`);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "reservation", title: "Lucía Pérez replied to a stay message" });
    expect(told[0].body).toContain("Llegamos hacia las 18:00");
    const replies = (await read(stay.id)).entries.filter((e) => e.kind === "reply");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ from: stay.email, fromGuest: true, subject: "Re: Tu estancia" });
    const text = replies[0].kind === "reply" ? replies[0].text : "";
    expect(text).toBe("¡Gracias! Llegamos hacia las 18:00 con una cuna, ¿es posible?");
    expect(text).not.toContain("escribió");

    // mail to an address that is no stay's is not stored anywhere
    const stray = await callRoute(inbound.POST, "/api/v1/inbound/email", {
      method: "POST",
      body: replyMime(stay.email, "stays+00000000000000000000000000000000@reply.test.example"),
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(stray.body).toEqual({ status: "unmatched", reservationId: null });
    const stored = await findReservation({ buildingId: b, reservationId: stay.id });
    expect(stored?.status).toBe("confirmed");
  });

  it("a channel stay's placeholder address gets no email: with no phone either, its message is skipped", async () => {
    const stay = await book("2031-09-10", "2031-09-12", { email: "stay-x@guest.invalid", phone: null });
    await sweepStayMessages(new Date(), { buildingId: b });
    expect(outgoing(await read(stay.id)).booking_confirmed.status).toBe("skipped");
    expect(await emailsTo(stay.email, "guest_booking_confirmed")).toHaveLength(0);
  });

  it("resend is refused (409) once the stay is cancelled", async () => {
    const stay = await book("2031-08-10", "2031-08-12");
    await cancelReservation(manager, stay.id);
    const r = await callRoute(resend.POST, `/api/v1/reservations/${stay.id}/messages/code_active/resend`, {
      ...send("POST", {}, bearer(staff.secret)),
      params: { id: stay.id, moment: "code_active" },
    });
    expect(r.status).toBe(409);
  });
});

/** A reply as Gmail sends it: multipart/alternative, quoted-printable, the quoted message below the answer. */
function replyMime(from: string, to: string) {
  return [
    `From: =?UTF-8?Q?Luc=C3=ADa_P=C3=A9rez?= <${from}>`,
    `To: Harbor View <${to}>`,
    "Subject: Re: Tu estancia",
    `Message-ID: <CAF${to.slice(6, 20)}@mail.gmail.com>`,
    "Date: Mon, 07 Jul 2031 10:15:00 +0200",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="000000000000b1c2"',
    "",
    "--000000000000b1c2",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "=C2=A1Gracias! Llegamos hacia las 18:00 con una cuna, =C2=BFes posible?",
    "",
    "El lun, 7 jul 2031 a las 9:00, Harbor View (<stays@reply.test.example>)",
    "escribi=C3=B3:",
    "",
    "> Hola Luc=C3=ADa:",
    "> Llegas el 10 de julio. Haz el check-in online ahora.",
    "",
    "--000000000000b1c2",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "",
    '<div dir=3D"ltr">=C2=A1Gracias! Llegamos hacia las 18:00 con una cuna, =C2=BFes posible?</div>',
    '<blockquote class=3D"gmail_quote">Hola Luc=C3=ADa</blockquote>',
    "",
    "--000000000000b1c2--",
    "",
  ].join("\r\n");
}
