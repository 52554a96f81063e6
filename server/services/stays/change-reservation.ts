import "server-only";
import { type ChangeReservationInput, type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import { REQUEST_ATTRIBUTE, STAY_TIME_KINDS } from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { bookingRuleErrors } from "../../../lib/domain/booking-rules";
import { getBuilding } from "../../db/buildings";
import { moveReservation, updateReservation } from "../../db/reservations";
import { getUnit } from "../../db/units";
import { sendStayChangedEmail } from "../../email/stay-changed-email";
import { logger } from "../../logger";
import { recordAudit } from "../audit/audit";
import { syncCheckinLinkExpiry } from "../checkin/sync-checkin-link-expiry";
import { moveStayDoorCodes } from "../door-codes/stay-door-codes";
import { syncStayMessagesQuietly } from "../guest-messages/schedule-stay-messages";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { syncTurnoverQuietly } from "../turnovers/sync-turnover";
import { noticeStayTimeCancelled } from "./stay-time-notices";

/**
 * Changes a stay (the resident of its unit, or a manager): new dates move its nights in ONE transaction (the old
 * nights are never free before the new ones are held; nights held by another stay are a 409 naming them in
 * `details.dates`), then the door code's window moves on every lock. The building's rules apply to the new dates
 * and party (a stay already begun keeps its check-in date). Guest details and party size alone are a plain update.
 * The guest is emailed the new dates (not at a channel stay's placeholder address). An early check-in or late
 * check-out pending or approved for a date that moves is cancelled in the same transaction (its time and fee
 * dropped; the guest and host told why), and the check-in link follows the stay's new end.
 */
export async function changeReservation(
  actor: Actor,
  reservationId: string,
  input: ChangeReservationInput,
  now = new Date(),
): Promise<ReservationDTO> {
  authorize(actor, "reservation.update");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.update", { buildingId: r.buildingId, owns: ownsUnit(r.unitId) });
  if (r.status === "cancelled" || r.status === "checked_out") {
    throw new AppError("conflict", `A reservation that is ${r.status.replace("_", " ")} cannot be changed.`);
  }
  const checkIn = input.checkIn ?? r.checkIn;
  const checkOut = input.checkOut ?? r.checkOut;
  const guestCount = input.guestCount ?? r.guestCount;
  const [building, unit] = await Promise.all([
    getBuilding({ buildingId: r.buildingId }),
    getUnit({ buildingId: r.buildingId, unitId: r.unitId }),
  ]);
  if (r.status === "checked_in" && checkIn !== r.checkIn) {
    const message = "The guest has checked in: only the check-out date can change.";
    throw new AppError("validation", message, { fields: { checkIn: [message] } });
  }
  const today = todayIn(building.timezone, now);
  // a stay already begun is checked from its own check-in, not refused for lying in the past
  const fields = bookingRuleErrors(
    { checkIn, checkOut, guestCount },
    unit,
    building,
    r.checkIn < today ? checkIn : today,
  );
  // the unit's rate and status rules are for new bookings; a channel stay has no rate here
  delete fields.unitId;
  if (checkOut <= checkIn) fields.checkOut = ["Check-out must be after check-in."];
  if (Object.keys(fields).length) {
    const [name] = Object.keys(fields);
    throw new AppError("validation", `Check ${Object.keys(fields).join(", ")}: ${fields[name]?.[0]}`, {
      fields,
    });
  }
  const patch = {
    ...(input.guest ? { guest: input.guest } : {}),
    ...(input.guestCount ? { guestCount: input.guestCount } : {}),
  };
  const datesChanged = checkIn !== r.checkIn || checkOut !== r.checkOut;
  let changed = datesChanged
    ? await moveReservation({
        buildingId: r.buildingId,
        reservationId: r.id,
        to: { checkIn, checkOut },
        patch,
        now,
        by: actor.id,
      })
    : await updateReservation({ buildingId: r.buildingId, reservationId: r.id, patch });
  // the early check-in / late check-out the move cancelled (asked for the old day)
  const cancelledTimes = STAY_TIME_KINDS.flatMap((k) => {
    const q = changed[REQUEST_ATTRIBUTE[k]];
    return q?.status === "cancelled" && r[REQUEST_ATTRIBUTE[k]]?.status !== "cancelled" ? [q] : [];
  });
  if (datesChanged) {
    changed = await syncCheckinLinkExpiry(changed, building, now);
    for (const q of cancelledTimes)
      await noticeStayTimeCancelled(building, changed, q, r).catch((e) =>
        logger.error("stay time cancellation not told", { reservationId: r.id, error: String(e) }),
      );
    await syncTurnoverQuietly(changed);
    await syncStayMessagesQuietly(changed);
    await moveStayDoorCodes(changed, building).catch((e) =>
      logger.error("door code window not moved", { reservationId: r.id, error: String(e) }),
    );
  }
  // the guest is told of new dates or a new party (their own details they know)
  if (datesChanged || (input.guestCount && input.guestCount !== r.guestCount))
    await sendStayChangedEmail(changed, unit, building);
  await recordAudit(actor, "reservation.update", { type: "reservation", id: r.id }, "success", {
    from: { checkIn: r.checkIn, checkOut: r.checkOut },
    to: { checkIn, checkOut },
    fields: Object.keys(input),
    ...(cancelledTimes.length ? { cancelledStayTimes: cancelledTimes.map((q) => q.kind) } : {}),
  });
  return toReservationDTO(changed);
}
