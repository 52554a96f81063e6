import "server-only";
import type { DeviceDTO } from "@/lib/domain/device";
import type { ListDevicesQuery } from "@/lib/domain/device-api";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUnitsByIds, listAllUnits } from "../../db/units";
import { listDevices } from "./list-devices";

export type DeviceUnitOption = { id: string; number: string };

/** A building holds a few hundred devices: the pages show them all, read in a few bounded pages. */
const MAX_PAGES = 10;

/** Every device the actor may see that matches the filters (type, unit, online status), sorted by name. */
export async function listVisibleDevices(
  actor: Actor,
  filters: Omit<ListDevicesQuery, "limit" | "cursor"> = {},
): Promise<DeviceDTO[]> {
  const out: DeviceDTO[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await listDevices(actor, { ...filters, limit: 200, cursor });
    out.push(...page.items);
    if (!page.cursor) break;
    cursor = page.cursor;
  }
  return out;
}

/** The units the device and access-log pages offer as filters and name rows by: all (staff) or one's own. */
export async function listDeviceUnits(actor: Actor): Promise<DeviceUnitOption[]> {
  const scope = authorize(actor, "device.read");
  const units =
    scope === "building"
      ? await listAllUnits({ buildingId: actor.buildingId })
      : await getUnitsByIds({ buildingId: actor.buildingId, unitIds: actor.unitIds });
  return units
    .map((u) => ({ id: u.id, number: u.number }))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
}
