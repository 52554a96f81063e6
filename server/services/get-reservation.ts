import "server-only";
import { type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { loadVisibleReservation } from "./reservation-access";

/** One stay the actor may see (staff/manager: any in the building; resident: own units; guest: their stay). */
export async function getReservationForActor(actor: Actor, reservationId: string): Promise<ReservationDTO> {
  return toReservationDTO(await loadVisibleReservation(actor, reservationId));
}
