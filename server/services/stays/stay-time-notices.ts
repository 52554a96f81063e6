import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import type { StayTimeRequest } from "@/lib/domain/stay-time-request";
import type { Role } from "@/lib/roles";
import { notifyPeople } from "../notifications/notify-people";
import { guestRecipient, unitRecipients } from "../notifications/recipients";

/** Where a stay opens for each role: the host's and the front desk's stay pages, the guest's own page. */
export const stayHref = (reservationId: string) => (role: Role) =>
  role === "guest"
    ? "/stay"
    : role === "resident"
      ? `/resident/stays/${reservationId}`
      : `/staff/reservations/${reservationId}`;

const money = (locale: string, m: { amountMinor: number; currency: string }) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.amountMinor / 100);

/** The unit's host(s) and the front desk are told a request waits for them (in-app, their channels). */
export async function noticeStayTimeRequested(b: Building, r: Reservation, req: StayTimeRequest) {
  const people = (await unitRecipients(b, r.unitId)).filter((p) => p.role !== "guest");
  await notifyPeople(people, {
    buildingId: b.id,
    kind: "reservation",
    timeZone: b.timezone,
    href: stayHref(r.id),
    text: (t, p) => ({
      title: t(`stayTimes.notice.requested.${req.kind}`, { guest: r.guest.name }),
      body: t("stayTimes.notice.requestedBody", {
        date: req.kind === "early_check_in" ? r.checkIn : r.checkOut,
        time: req.time,
        fee: money(p.locale, req.fee),
      }),
    }),
  });
}

/** The guest is told the host's answer (and why, when declined) on their stay page and by email. */
export async function noticeStayTimeDecided(b: Building, r: Reservation, req: StayTimeRequest) {
  await notifyPeople([guestRecipient(b, r)], {
    buildingId: b.id,
    kind: "reservation",
    timeZone: b.timezone,
    href: stayHref(r.id),
    text: (t, p) => ({
      title: t(`stayTimes.notice.${req.status === "approved" ? "approved" : "declined"}.${req.kind}`),
      body: [
        t(`stayTimes.notice.${req.status === "approved" ? "approvedBody" : "declinedBody"}`, {
          date: req.kind === "early_check_in" ? r.checkIn : r.checkOut,
          time: req.time,
          fee: money(p.locale, req.fee),
        }),
        req.reason ?? "",
      ]
        .filter(Boolean)
        .join("\n\n"),
    }),
  });
}

/**
 * A move of the stay's dates cancelled its early check-in or late check-out (asked for the old day): the guest,
 * the unit's host(s) and the front desk are told, with the day it was for and the new one.
 */
export async function noticeStayTimeCancelled(
  b: Building,
  r: Reservation,
  req: StayTimeRequest,
  from: { checkIn: string; checkOut: string },
) {
  const hosts = (await unitRecipients(b, r.unitId)).filter((p) => p.role !== "guest");
  const early = req.kind === "early_check_in";
  await notifyPeople([guestRecipient(b, r), ...hosts], {
    buildingId: b.id,
    kind: "reservation",
    timeZone: b.timezone,
    href: stayHref(r.id),
    text: (t) => ({
      title: t(`stayTimes.notice.cancelled.${req.kind}`),
      body: t("stayTimes.notice.cancelledBody", {
        time: req.time,
        date: early ? from.checkIn : from.checkOut,
        newDate: early ? r.checkIn : r.checkOut,
      }),
    }),
  });
}
