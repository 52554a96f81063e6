import "server-only";
import { isRetired } from "@/lib/domain/device";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllDevices } from "../../db/devices";

/**
 * The building's working locks, by name, for the manager's amenity and door group forms. Bounded by the
 * building's size (a few hundred locks).
 */
export async function listLockOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
  authorize(actor, "doorGroup.manage");
  const all = await listAllDevices({ buildingId: actor.buildingId });
  return all
    .filter((d) => d.type === "lock" && !isRetired(d))
    .map((d) => ({ id: d.id, name: d.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
