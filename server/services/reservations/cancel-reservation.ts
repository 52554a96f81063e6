import "server-only";
import { type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { revokeCheckinLink } from "../../db/checkin-links";
import { cancelReservation as cancelReservationRecord } from "../../db/reservations";
import { recordAudit } from "../audit/audit";
import { revokeStayDoorCodes } from "../door-codes/stay-door-codes";
import { syncStayMessagesQuietly } from "../guest-messages/schedule-stay-messages";
import { syncTurnoverQuietly } from "../turnovers/sync-turnover";
import { loadVisibleReservation } from "./reservation-access";

/**
 * Cancels a stay and frees its nights at once (one transaction): residents their own units' stays, managers
 * any. A stay the actor cannot see is a 404; one they see but may not cancel (staff) a 403. The guest's link
 * is revoked too, so a guest session ends with the stay.
 */
export async function cancelReservation(
  actor: Actor,
  reservationId: string,
  now = new Date(),
): Promise<ReservationDTO> {
  authorize(actor, "reservation.cancel");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.cancel", { buildingId: r.buildingId, owns: ownsUnit(r.unitId) });
  const cancelled = await cancelReservationRecord({ buildingId: r.buildingId, reservationId: r.id, now });
  const final =
    cancelled.checkinLink?.revoked === false
      ? await revokeCheckinLink({
          buildingId: r.buildingId,
          reservationId: r.id,
          tokenHash: cancelled.checkinLink.tokenHash,
        })
      : cancelled;
  await recordAudit(actor, "reservation.cancel", { type: "reservation", id: r.id }, "success", {
    unitId: r.unitId,
    checkIn: r.checkIn,
    checkOut: r.checkOut,
  });
  // a cancelled stay's door code stops working now, not at its end: the cancel made its revocation due (same
  // transaction), this is the first attempt; the sweeper retries until every lock acknowledged the delete
  await revokeStayDoorCodes(cancelled).catch(() => false);
  await syncTurnoverQuietly(cancelled);
  await syncStayMessagesQuietly(cancelled);
  return toReservationDTO(final);
}
