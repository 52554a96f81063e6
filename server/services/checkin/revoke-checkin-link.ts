import "server-only";
import { type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { revokeCheckinLink as revokeCheckinLinkRecord } from "../../db/checkin-links";
import { recordAudit } from "../audit/audit";
import { revokeStayDoorAccessEarly } from "../door-codes/revoke-stay-door-access";
import { loadVisibleReservation } from "../reservations/reservation-access";

/**
 * Staff and managers revoke the guest's link: the token finds nothing from now on and open guest sessions end
 * on their next request. The stay's door code is revoked with it (a new one is issued by the sweeper once the old
 * one is off every lock). Revoking a revoked (or absent) link changes nothing else.
 */
export async function revokeCheckinLink(actor: Actor, reservationId: string): Promise<ReservationDTO> {
  authorize(actor, "reservation.checkinLink");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.checkinLink", { buildingId: r.buildingId });
  // a revoked link may have leaked with the PIN it showed: the code comes off the locks too
  await revokeStayDoorAccessEarly(r);
  if (!r.checkinLink || r.checkinLink.revoked) return toReservationDTO(r);
  const updated = await revokeCheckinLinkRecord({
    buildingId: r.buildingId,
    reservationId: r.id,
    tokenHash: r.checkinLink.tokenHash,
  });
  await recordAudit(actor, "reservation.checkinLink.revoke", { type: "reservation", id: r.id }, "success");
  return toReservationDTO(updated);
}
