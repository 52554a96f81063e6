import "server-only";
import { todayIn } from "@/lib/domain/stay-dates";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAmenityBookingsByDay, listAmenityBookingsByPerson } from "../../db/amenity-bookings";
import { getBuilding } from "../../db/buildings";
import { owedRemovalsBySource } from "../door-codes/code-removals";
import { type AmenityBookingDTO, toAmenityBookingDTO } from "./amenity-dto";

export type AmenityBookingListQuery = { date?: string; amenityId?: string; limit?: number; cursor?: string };

/**
 * Residents and guests: their own bookings from the start of today (building time), soonest first, cancelled ones
 * included, each with the delete its locks still owe, if any. Staff and managers: the building's confirmed bookings of one building-local day (default today),
 * in start order: the day's amenity schedule.
 */
export async function listBookings(
  actor: Actor,
  query: AmenityBookingListQuery,
  now = new Date(),
): Promise<{ items: AmenityBookingDTO[]; cursor: string | null; date?: string }> {
  const scope = authorize(actor, "amenityBooking.read");
  const building = await getBuilding({ buildingId: actor.buildingId });
  const today = todayIn(building.timezone, now);
  const page = { limit: query.limit, cursor: query.cursor };
  if (scope === "own") {
    const from = new Date(now.getTime() - 24 * 3600_000).toISOString();
    const p = await listAmenityBookingsByPerson({
      buildingId: actor.buildingId,
      who: actor.id,
      from,
      ...page,
    });
    const items = p.items.filter((b) => !query.amenityId || b.amenityId === query.amenityId);
    const owed = await owedRemovalsBySource(
      actor.buildingId,
      "amenity_booking",
      items.filter((b) => b.status === "cancelled" && b.access).map((b) => b.id),
    );
    return {
      items: items.map((b) => toAmenityBookingDTO(b, actor, owed.get(b.id)?.[0])),
      cursor: p.cursor,
    };
  }
  const date = query.date ?? today;
  const p = await listAmenityBookingsByDay({ buildingId: actor.buildingId, day: date, ...page });
  const items = p.items.filter((b) => !query.amenityId || b.amenityId === query.amenityId);
  return { items: items.map((b) => toAmenityBookingDTO(b, actor)), cursor: p.cursor, date };
}
