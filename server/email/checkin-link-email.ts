import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { arrivalTimeOf, departureTimeOf } from "@/lib/domain/stay-time-request";
import type { Unit } from "@/lib/domain/unit";
import { resolveLocale } from "../i18n/resolve-locale";
import { translatorFor } from "../i18n/translator";
import { logger } from "../logger";
import { sendEmail } from "./send-email";

/**
 * The guest's check-in link email: the stay, when to arrive, and the link (the only place it is sent). In the
 * guest's language from the booking, else the building's.
 */
export function checkinLinkEmail(
  r: Reservation,
  unit: Pick<Unit, "number">,
  building: Building,
  url: string,
) {
  const c = building.config;
  const locale = resolveLocale({ reservationLocale: r.guestLocale, buildingLocale: building.locale });
  // stay dates are calendar days: formatted as such, whatever the server's or building's zone
  const { t, format } = translatorFor(locale, "UTC");
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      weekday: "short",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  const subject = t("email.checkinLink.subject", { building: building.name });
  const text = [
    t("email.checkinLink.greeting", { name: r.guest.name }),
    "",
    t("email.checkinLink.booked", {
      building: building.name,
      unit: unit.number,
      checkIn: day(r.checkIn),
      checkOut: day(r.checkOut),
    }),
    t("email.checkinLink.times", {
      checkInTime: arrivalTimeOf(r, c),
      checkOutTime: departureTimeOf(r, c),
    }),
    "",
    t("email.checkinLink.before"),
    url,
    "",
    t("email.checkinLink.personal"),
    t("email.checkinLink.offline"),
  ].join("\n");
  // a link without a stored expiry (never the case for a link just issued) is kept for no time at all
  const secrets = [{ value: url, expiresAt: r.checkinLink?.expiresAt ?? new Date(0).toISOString() }];
  return {
    buildingId: r.buildingId,
    to: r.guest.email,
    subject,
    text,
    kind: "checkin_link",
    locale,
    secrets,
  };
}

/** Sends it; a failure is logged and recorded by sendEmail, never thrown: the booking stands either way. */
export async function sendCheckinLinkEmail(...args: Parameters<typeof checkinLinkEmail>): Promise<void> {
  try {
    const { locale: _locale, ...email } = checkinLinkEmail(...args);
    await sendEmail(email);
  } catch (e) {
    logger.error("check-in link email not recorded", { reservationId: args[0].id, error: String(e) });
  }
}
