import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { markDoorAccessRevokeDue } from "../../db/door-access";
import { getReservation } from "../../db/reservations";
import { revokeStayDoorCodes } from "./stay-door-codes";

/**
 * A check-in link revoked or replaced (it may have leaked): the PIN it showed must stop working too. The stay's
 * code is made due for deletion now (its revocation record; the guest paths stop showing it at once), then a first
 * attempt is made; the door-code sweeper retries until every lock acknowledged the delete and then issues the
 * stay a new code when the guest rule allows it. Errors propagate: the link is not touched unless this held.
 */
export async function revokeStayDoorAccessEarly(r: Reservation, now = new Date()): Promise<void> {
  if (!r.doorAccess || r.doorAccess.revokeDueAt) return;
  await markDoorAccessRevokeDue({
    buildingId: r.buildingId,
    reservationId: r.id,
    codeId: r.doorAccess.codeId,
    now,
  });
  const marked = await getReservation({ buildingId: r.buildingId, reservationId: r.id });
  await revokeStayDoorCodes(marked, undefined, now).catch(() => false);
}
