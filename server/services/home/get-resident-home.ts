import "server-only";
import { ACTIVE_RESERVATION_STATUSES, type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Ticket } from "@/lib/domain/ticket";
import type { Unit } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listComingStaysOfUnit } from "../../db/reservation-queries";
import { listTicketsByOpener } from "../../db/tickets";
import { getUnitsByIds } from "../../db/units";
import { getBuilding } from "../building/get-building";

export type ResidentHome = {
  buildingName: string;
  today: string;
  units: Unit[];
  upcomingStays: (ReservationDTO & { unitNumber: string })[];
  recentTickets: Pick<Ticket, "id" | "title" | "status" | "priority" | "createdAt">[];
};

const STAYS_SHOWN = 8;

/**
 * The resident's units, their current and upcoming stays, and their latest tickets, side by side: the units (one
 * batch), the tickets (one Query) and one Query per unit of its stays not yet over (bounded by the longest stay).
 */
export async function getResidentHome(actor: Actor): Promise<ResidentHome> {
  authorize(actor, "unit.read");
  authorize(actor, "reservation.read");
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone);
  // side by side: the stays are asked for by the actor's unit ids, not after the units came back (one round less)
  const [units, tickets, pages] = await Promise.all([
    getUnitsByIds({ buildingId: actor.buildingId, unitIds: actor.unitIds }),
    listTicketsByOpener({ buildingId: actor.buildingId, userId: actor.id, limit: 5 }),
    Promise.all(
      actor.unitIds.map((unitId) => listComingStaysOfUnit({ buildingId: actor.buildingId, unitId, today })),
    ),
  ]);
  const numberOf = new Map(units.map((u) => [u.id, u.number]));
  const upcomingStays = pages
    .flat()
    // a unit id the actor still carries but whose unit is gone shows no stays
    .filter((r) => numberOf.has(r.unitId) && ACTIVE_RESERVATION_STATUSES.includes(r.status))
    .sort((a, b) => a.checkIn.localeCompare(b.checkIn))
    .slice(0, STAYS_SHOWN)
    .map((r) => ({ ...toReservationDTO(r), unitNumber: numberOf.get(r.unitId) ?? "" }));
  return {
    buildingName: building.name,
    today,
    units: units.sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })),
    upcomingStays,
    recentTickets: tickets.items.map(({ id, title, status, priority, createdAt }) => ({
      id,
      title,
      status,
      priority,
      createdAt,
    })),
  };
}
