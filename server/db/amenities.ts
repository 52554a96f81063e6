import "server-only";
import type { Amenity } from "@/lib/domain/amenity";
import { conflict, notFound } from "@/lib/errors";
import { getRecord, stripKeys, toItem } from "./item";
import { keys, partitions } from "./keys";
import { queryAll } from "./query";
import { updateRecord } from "./update";
import { putIfAbsent } from "./write";

type B = { buildingId: string };

/** Every key attribute of an amenity, from the record: the one place they are computed. */
export const amenityItem = (a: Amenity) => toItem(a, keys.amenity(a.buildingId, a.id));

export async function createAmenity({ amenity }: { amenity: Amenity }): Promise<Amenity> {
  if (!(await putIfAbsent(amenityItem(amenity)))) throw conflict(`Amenity ${amenity.id} already exists.`);
  return amenity;
}

export async function findAmenity({ buildingId, amenityId }: B & { amenityId: string }) {
  return (await getRecord<Amenity>(keys.amenity(buildingId, amenityId))) ?? null;
}

export async function getAmenity(input: B & { amenityId: string }): Promise<Amenity> {
  const a = await findAmenity(input);
  if (!a) throw notFound("Amenity");
  return a;
}

/** Replaces an amenity's definition (it has no index keys; its bookings and slot counters stay as they are). */
export async function replaceAmenity({
  buildingId,
  amenityId,
  definition,
  updatedAt,
}: B & {
  amenityId: string;
  definition: Omit<Amenity, "id" | "buildingId" | "createdAt" | "updatedAt">;
  updatedAt: string;
}) {
  return updateRecord<Amenity>({
    key: keys.amenity(buildingId, amenityId),
    set: { ...definition, updatedAt },
    what: "Amenity",
  });
}

/** A building has a handful of amenities: all of them, in name order. */
export async function listAmenities({ buildingId }: B): Promise<Amenity[]> {
  const items = await queryAll<Record<string, unknown>>(
    { pk: keys.buildingPartition(buildingId), sk: { beginsWith: keys.amenityPrefix } },
    500,
  );
  return items.map((i) => stripKeys<Amenity>(i)).sort((x, y) => x.name.localeCompare(y.name));
}

type SlotCounter = { startsAt: string; taken: number };

/** The places taken in each slot of [from, to) of one amenity (slots nobody booked have no item). */
export async function listSlotCounters({
  buildingId,
  amenityId,
  from,
  to,
}: B & { amenityId: string; from: string; to: string }): Promise<Map<string, number>> {
  const items = await queryAll<Record<string, unknown>>({
    pk: partitions.amenity(buildingId, amenityId),
    sk: { between: [`${keys.amenitySlotPrefix}${from}`, `${keys.amenitySlotPrefix}${to}`] },
  });
  const counters = items.map((i) => stripKeys<SlotCounter>(i));
  return new Map(counters.map((c) => [c.startsAt, Number(c.taken ?? 0)]));
}
