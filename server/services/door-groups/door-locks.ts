import "server-only";
import type { Device } from "@/lib/domain/device";
import { AppError } from "@/lib/errors";
import { getDevicesByIds } from "../../db/devices";
import { getDoorGroupsByIds } from "../../db/door-groups";

/** The working locks of the building among `deviceIds`; throws 422 naming each id that is not one, under `field`. */
export async function requireLocks(
  buildingId: string,
  deviceIds: string[],
  field: string,
): Promise<Device[]> {
  const ids = [...new Set(deviceIds)];
  if (ids.length === 0) return [];
  const found = await getDevicesByIds({ buildingId, deviceIds: ids });
  const locks = found.filter((d) => d.type === "lock" && !d.retiredAt);
  const ok = new Set(locks.map((d) => d.id));
  const bad = ids.filter((id) => !ok.has(id));
  if (bad.length) {
    throw new AppError("validation", `Not a lock of this building: ${bad.join(", ")}`, {
      fields: { [field]: bad.map((id) => `${id} is not a lock of this building`) },
    });
  }
  return locks;
}

/** The groups' ids must exist in the building (422 naming the unknown ones under `field`). */
export async function requireDoorGroups(buildingId: string, groupIds: string[], field: string) {
  const ids = [...new Set(groupIds)];
  if (ids.length === 0) return [];
  const groups = await getDoorGroupsByIds({ buildingId, groupIds: ids });
  const known = new Set(groups.map((g) => g.id));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) {
    throw new AppError("validation", `No such door group: ${bad.join(", ")}`, {
      fields: { [field]: bad.map((id) => `${id} is not a door group of this building`) },
    });
  }
  return groups;
}

/** Every device id a grant covers: its own doors and the doors of its groups (groups that vanished add none). */
export async function doorsOf(buildingId: string, grant: { deviceIds: string[]; doorGroupIds?: string[] }) {
  const groups = grant.doorGroupIds?.length
    ? await getDoorGroupsByIds({ buildingId, groupIds: grant.doorGroupIds })
    : [];
  return [...new Set([...grant.deviceIds, ...groups.flatMap((g) => g.deviceIds)])];
}
