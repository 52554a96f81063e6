import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { arrivalTimeOf, departureTimeOf } from "@/lib/domain/stay-time-request";
import type { Unit } from "@/lib/domain/unit";
import { resolveLocale } from "../i18n/resolve-locale";
import { translatorFor } from "../i18n/translator";
import { logger } from "../logger";
import { sendEmail } from "./send-email";

/** A stay's placeholder address (a channel booking before check-in) is never written to. */
const UNDELIVERABLE = /\.invalid$/i;

/** The guest is told their stay changed: the new dates and times, the party, in their language. */
export function stayChangedEmail(r: Reservation, unit: Pick<Unit, "number">, building: Building) {
  const c = building.config;
  const locale = resolveLocale({ reservationLocale: r.guestLocale, buildingLocale: building.locale });
  const { t, format } = translatorFor(locale, "UTC");
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      weekday: "short",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  const text = [
    t("stayChanges.email.greeting", { name: r.guest.name }),
    "",
    t("stayChanges.email.dates", {
      building: building.name,
      unit: unit.number,
      checkIn: day(r.checkIn),
      checkOut: day(r.checkOut),
    }),
    t("stayChanges.email.times", {
      checkInTime: arrivalTimeOf(r, c),
      checkOutTime: departureTimeOf(r, c),
    }),
    t("stayChanges.email.guests", { count: r.guestCount }),
    "",
    t("stayChanges.email.code"),
    t("stayChanges.email.questions"),
  ].join("\n");
  return {
    buildingId: r.buildingId,
    to: r.guest.email,
    subject: t("stayChanges.email.subject", { building: building.name }),
    text,
    kind: "stay_changed",
  };
}

/** Sends it (not to a placeholder address); a failure is logged, never thrown: the change stands either way. */
export async function sendStayChangedEmail(...args: Parameters<typeof stayChangedEmail>): Promise<boolean> {
  if (UNDELIVERABLE.test(args[0].guest.email)) return false;
  try {
    await sendEmail(stayChangedEmail(...args));
    return true;
  } catch (e) {
    logger.error("stay changed email not recorded", { reservationId: args[0].id, error: String(e) });
    return false;
  }
}
