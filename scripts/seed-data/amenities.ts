import type { Amenity } from "@/lib/domain/amenity";
import type { Device } from "@/lib/domain/device";
import type { DoorGroup } from "@/lib/domain/door-group";
import { AppError } from "@/lib/errors";
import { createAmenity } from "@/server/db/amenities";
import { putDevice } from "@/server/db/devices";
import { createDoorGroup } from "@/server/db/door-groups";
import type { DemoBuildingSpec } from "./buildings";
import { lockId } from "./devices";
import { seedPackages } from "./packages";

/** Fixed ids, for e2e tests and docs: Harbor View's party room (with its door lock), gym and package room. */
export const amenityId = (slug: string, name: string) => `amen_${slug}_${name}`;

/**
 * Life in the building (issue 18) for Harbor View: a party room behind its own lock (exclusive, two-hour evening
 * slots), a gym for eight people at once, and the package room's door. Summit Tower has none, so that a building
 * without amenities shows too.
 */
export function demoAmenities(
  spec: DemoBuildingSpec,
  now: Date,
): { devices: Device[]; amenities: Amenity[]; doorGroups: DoorGroup[] } {
  if (spec.slug !== "harbor") return { devices: [], amenities: [], doorGroups: [] };
  const at = now.toISOString();
  const b = spec.id;
  const lock = (place: string, name: string): Device => ({
    id: lockId(spec.slug, place),
    buildingId: b,
    unitId: null,
    type: "lock",
    name,
    model: "Yale Assure 2",
    location: name,
    firmware: "2.4.1",
    online: true,
    lastSeenAt: at,
    state: { locked: true, battery: 88, ts: at },
    stateAt: at,
    createdAt: at,
    updatedAt: at,
  });
  const devices = [lock("partyroom", "Party room door"), lock("packageroom", "Package room door")];
  const base = {
    buildingId: b,
    bookableBy: ["resident" as const],
    feeMinor: 0,
    depositMinor: 0,
    createdAt: at,
    updatedAt: at,
  };
  const amenities: Amenity[] = [
    {
      ...base,
      id: amenityId(spec.slug, "partyroom"),
      name: "Party room",
      doorDeviceIds: [devices[0].id],
      doorGroupIds: [],
      capacity: 1,
      slotMinutes: 120,
      openFrom: "10:00",
      openUntil: "22:00",
      maxAdvanceDays: 60,
      maxPerWeek: 2,
      rules:
        "Leave the room as you found it. Music down at 21:30; the room closes at 22:00. Up to 30 guests. The deposit is returned after the room is checked.",
      depositMinor: 10_000,
    },
    {
      ...base,
      id: amenityId(spec.slug, "gym"),
      name: "Gym",
      bookableBy: ["resident", "guest"],
      doorDeviceIds: [],
      doorGroupIds: [],
      capacity: 8,
      slotMinutes: 60,
      openFrom: "06:00",
      openUntil: "23:00",
      maxAdvanceDays: 7,
      maxPerWeek: 0,
      rules: "Wipe the machines after use. Children under 16 with an adult.",
    },
  ];
  // zones (issue 18): the building's entrances are what a stay's code opens beside its unit (forStays), and what a
  // pass for a cleaner or a visitor usually names; the party room is its own zone
  const group = (slug: string, name: string, deviceIds: string[], forStays = false): DoorGroup => ({
    id: `grp_${spec.slug}_${slug}`,
    buildingId: b,
    name,
    deviceIds,
    ...(forStays ? { forStays } : {}),
    createdAt: at,
    updatedAt: at,
  });
  const doorGroups = [
    group("entrances", "Entrances", [lockId(spec.slug, "lobby"), lockId(spec.slug, "garage")], true),
    group("partyroom", "Party room", [devices[0].id]),
  ];
  return { devices, amenities, doorGroups };
}

/** Writes them, and the package room's parcels; a re-run after an interrupted seed meets its own items and carries on. */
export async function seedAmenities(spec: DemoBuildingSpec, now: Date): Promise<void> {
  const { devices, amenities, doorGroups } = demoAmenities(spec, now);
  for (const device of devices) await putDevice({ device });
  for (const group of doorGroups) {
    await createDoorGroup({ group }).catch((e) => {
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
    });
  }
  for (const amenity of amenities) {
    await createAmenity({ amenity }).catch((e) => {
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
    });
  }
  await seedPackages(spec, now);
}
