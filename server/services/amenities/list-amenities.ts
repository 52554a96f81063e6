import "server-only";
import type { Amenity, AmenitySlot } from "@/lib/domain/amenity";
import { slotStartsOn } from "@/lib/domain/amenity-slots";
import { addDays, instantAt } from "@/lib/domain/stay-dates";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAmenity, listAmenities, listSlotCounters } from "../../db/amenities";
import { getBuilding } from "../../db/buildings";

/** Residents and guests see the amenities they may book; staff and managers see all of them. */
export async function listBuildingAmenities(actor: Actor): Promise<{ items: Amenity[] }> {
  const scope = authorize(actor, "amenity.read");
  const all = await listAmenities({ buildingId: actor.buildingId });
  if (scope === "building") return { items: all };
  const as = actor.role === "guest" ? "guest" : "resident";
  return { items: all.filter((a) => a.bookableBy.includes(as)) };
}

/** One building-local day of an amenity: each slot with the places taken out of its capacity. */
export async function getAmenityDay(
  actor: Actor,
  amenityId: string,
  day: string,
): Promise<{ amenity: Amenity; date: string; slots: AmenitySlot[] }> {
  authorize(actor, "amenity.read");
  const [amenity, building] = await Promise.all([
    getAmenity({ buildingId: actor.buildingId, amenityId }),
    getBuilding({ buildingId: actor.buildingId }),
  ]);
  const starts = slotStartsOn(amenity, day, building.timezone);
  const from = instantAt(day, "00:00", building.timezone).toISOString();
  const to = instantAt(addDays(day, 1), "00:00", building.timezone).toISOString();
  const taken = await listSlotCounters({ buildingId: actor.buildingId, amenityId, from, to });
  const step = amenity.slotMinutes * 60_000;
  const slots = starts.map((s) => ({
    startsAt: s,
    endsAt: new Date(Date.parse(s) + step).toISOString(),
    taken: taken.get(s) ?? 0,
    capacity: amenity.capacity,
  }));
  return { amenity, date: day, slots };
}
