import "server-only";
import { type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { loadVisibleReservation } from "./reservation-access";

/**
 * One stay the actor may see (staff/manager: any in the building; resident: own units; guest: their stay,
 * without who booked it and the host's notes).
 */
export async function getReservation(actor: Actor, reservationId: string): Promise<ReservationDTO> {
  return toReservationDTOFor(actor, await loadVisibleReservation(actor, reservationId));
}
