import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError, notFound } from "@/lib/errors";
import { scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findReservation } from "../../db/reservations";

/**
 * Who may see a stay (SPEC "own reservation / stay details"): staff and managers any in their building,
 * residents the stays of their own units, a guest only the one stay their session is for.
 */
export function canSeeReservation(actor: Actor, r: Reservation): boolean {
  if (r.buildingId !== actor.buildingId) return false;
  const scope = scopeOf(actor, "reservation.read");
  if (scope === "building") return true;
  if (scope === "none") return false;
  if (actor.role === "guest") return actor.reservationId === r.id;
  return actor.unitIds.includes(r.unitId);
}

/**
 * Loads a reservation of the actor's building that the actor may see. A stay they may not see is reported as
 * not found, exactly like a missing one, so ids of other residents' stays cannot be probed.
 */
export async function loadVisibleReservation(
  actor: Actor,
  reservationId: string,
  /** the stay as this request already read it (a guest page: server/services/checkin/checkin-stay.ts) */
  known?: Reservation,
): Promise<Reservation> {
  if (scopeOf(actor, "reservation.read") === "none")
    throw new AppError("forbidden", "You are not allowed to do that.");
  const r =
    known?.id === reservationId
      ? known
      : await findReservation({ buildingId: actor.buildingId, reservationId });
  if (!r || !canSeeReservation(actor, r)) throw notFound("Reservation");
  return r;
}
