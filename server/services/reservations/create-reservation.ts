import "server-only";
import { newId } from "@/lib/domain/ids";
import {
  type CreateReservationInput,
  EMPTY_CHECKIN_PROGRESS,
  type Reservation,
  type ReservationDTO,
  type ReservationSource,
  toReservationDTO,
} from "@/lib/domain/reservation";
import { stayPrice } from "@/lib/domain/reservation-api";
import { daysBetween, todayIn } from "@/lib/domain/stay-dates";
import { notFound } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { assertBookingRules } from "../../../lib/domain/booking-rules";
import { getBuilding } from "../../db/buildings";
import { createReservation as createReservationRecord } from "../../db/reservations";
import { findUnit } from "../../db/units";
import { sendCheckinLinkEmail } from "../../email/checkin-link-email";
import { recordAudit } from "../audit/audit";
import { checkinUrl, newCheckinLink } from "../checkin/checkin-link";
import { syncStayMessagesQuietly } from "../guest-messages/schedule-stay-messages";
import { syncTurnoverQuietly } from "../turnovers/sync-turnover";

export type CreatedReservation = { reservation: ReservationDTO; checkInUrl: string };

/**
 * Books a stay: a resident for their own units, a manager for any unit of the building. The building's rules
 * are checked here (422 naming the field); the database refuses overlapping nights (409 naming the dates),
 * so two concurrent requests can never both hold a night. The guest's link is returned once and emailed.
 */
export async function createReservation(
  actor: Actor,
  input: CreateReservationInput,
  opts: { source: ReservationSource; now?: Date },
): Promise<CreatedReservation> {
  authorize(actor, "reservation.create");
  const now = opts.now ?? new Date();
  const unit = await findUnit({ buildingId: actor.buildingId, unitId: input.unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "reservation.create", { buildingId: unit.buildingId, owns: ownsUnit(unit.id) });
  const building = await getBuilding({ buildingId: actor.buildingId });
  assertBookingRules(input, unit, building, todayIn(building.timezone, now));

  const { token, link } = newCheckinLink(building, input, now);
  const at = now.toISOString();
  const reservation: Reservation = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    unitId: unit.id,
    bookedBy: actor.kind === "token" ? `api:${actor.id}` : actor.id,
    guest: input.guest,
    guestCount: input.guestCount,
    ...(input.guestLocale ? { guestLocale: input.guestLocale } : {}),
    checkIn: input.checkIn,
    checkOut: input.checkOut,
    bufferNights: building.config.cleaningBufferNights,
    status: "confirmed",
    checkinLink: link,
    checkinProgress: EMPTY_CHECKIN_PROGRESS,
    doorAccess: null,
    // the rules guarantee a rate (a rentable unit without one is refused above)
    price: stayPrice(
      daysBetween(input.checkIn, input.checkOut),
      unit.nightlyRateMinor ?? 0,
      building.currency,
    ),
    source: opts.source,
    ...(input.notes ? { notes: input.notes } : {}),
    createdAt: at,
    updatedAt: at,
    cancelledAt: null,
  };
  await createReservationRecord({ reservation });
  await syncTurnoverQuietly(reservation);
  await syncStayMessagesQuietly(reservation, { checkinToken: token });
  const url = checkinUrl(token);
  await Promise.all([
    recordAudit(actor, "reservation.create", { type: "reservation", id: reservation.id }, "success", {
      unitId: unit.id,
      checkIn: input.checkIn,
      checkOut: input.checkOut,
      source: opts.source,
    }),
    sendCheckinLinkEmail(reservation, unit, building, url),
  ]);
  return { reservation: toReservationDTO(reservation), checkInUrl: url };
}
