import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import { forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { findReservation } from "../../db/reservations";

/**
 * The stay a guest session belongs to, if it is going on now. A guest acts only through their reservation and
 * only during it: from the check-in date through the check-out date (in the building's time zone, so a problem
 * found on the morning of departure can still be reported), and only while it is confirmed or checked in.
 */
export async function requireCurrentStay(actor: Actor, now = new Date()): Promise<Reservation> {
  if (actor.role !== "guest" || !actor.reservationId) throw forbidden("Only during your stay.");
  const [stay, building] = await Promise.all([
    findReservation({ buildingId: actor.buildingId, reservationId: actor.reservationId }),
    getBuilding({ buildingId: actor.buildingId }),
  ]);
  const today = todayIn(building.timezone, now);
  const live = stay?.status === "confirmed" || stay?.status === "checked_in";
  if (!stay || !live || today < stay.checkIn || today > stay.checkOut) {
    throw forbidden("You can report a problem only during your stay.");
  }
  return stay;
}
