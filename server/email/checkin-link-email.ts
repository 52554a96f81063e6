import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import type { Unit } from "@/lib/domain/unit";
import { logger } from "../logger";
import { sendEmail } from "./send-email";

/** The guest's check-in link email: the stay, when to arrive, and the link (the only place it is sent). */
export function checkinLinkEmail(
  r: Reservation,
  unit: Pick<Unit, "number">,
  building: Building,
  url: string,
) {
  const c = building.config;
  const subject = `Your stay at ${building.name}: check in online`;
  const text = [
    `Hello ${r.guest.name},`,
    "",
    `Your stay at ${building.name}, unit ${unit.number}, is booked from ${r.checkIn} to ${r.checkOut}.`,
    `Check-in is from ${c.checkInTime}; check-out is by ${c.checkOutTime}.`,
    "",
    "Before you arrive, check in online: confirm your details, upload an ID document and accept the house rules.",
    url,
    "",
    "This link is personal and works until the end of your stay. Do not forward it.",
  ].join("\n");
  return { buildingId: r.buildingId, to: r.guest.email, subject, text, kind: "checkin_link" };
}

/** Sends it; a failure is logged and recorded by sendEmail, never thrown: the booking stands either way. */
export async function sendCheckinLinkEmail(...args: Parameters<typeof checkinLinkEmail>): Promise<void> {
  try {
    await sendEmail(checkinLinkEmail(...args));
  } catch (e) {
    logger.error("check-in link email not recorded", { reservationId: args[0].id, error: String(e) });
  }
}
