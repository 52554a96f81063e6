import "server-only";
import type { Actor } from "@/lib/roles";
import { listAllDevices } from "../../db/devices";
import { getUnitsByIds } from "../../db/units";
import { requireBuildingScope } from "../shared/require-scope";

/** Device names and unit numbers of the building, for alarm lists (staff and managers). */
export async function getAlarmPlaces(actor: Actor) {
  requireBuildingScope(actor, "alarm.read");
  const devices = await listAllDevices({ buildingId: actor.buildingId });
  const unitIds = [...new Set(devices.flatMap((d) => (d.unitId ? [d.unitId] : [])))];
  const units = await getUnitsByIds({ buildingId: actor.buildingId, unitIds });
  return {
    devices: Object.fromEntries(devices.map((d) => [d.id, d.name])),
    units: Object.fromEntries(units.map((u) => [u.id, u.number])),
  };
}
