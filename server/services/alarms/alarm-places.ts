import "server-only";
import type { AlarmDTO } from "@/lib/domain/alarm";
import type { Device } from "@/lib/domain/device";
import type { Unit } from "@/lib/domain/unit";
import type { Actor } from "@/lib/roles";
import { listAllDevices } from "../../db/devices";
import { batchGetRecords } from "../../db/item";
import { keys } from "../../db/keys";
import { getUnitsByIds } from "../../db/units";
import { requireBuildingScope } from "../shared/require-scope";

export type AlarmPlaces = { devices: Record<string, string>; units: Record<string, string> };

/** Device names and unit numbers of the building, for alarm lists (staff and managers). */
export async function getAlarmPlaces(actor: Actor): Promise<AlarmPlaces> {
  requireBuildingScope(actor, "alarm.read");
  const devices = await listAllDevices({ buildingId: actor.buildingId });
  const unitIds = [...new Set(devices.flatMap((d) => (d.unitId ? [d.unitId] : [])))];
  const units = await getUnitsByIds({ buildingId: actor.buildingId, unitIds });
  return {
    devices: Object.fromEntries(devices.map((d) => [d.id, d.name])),
    units: Object.fromEntries(units.map((u) => [u.id, u.number])),
  };
}

/**
 * The names of only these alarms' devices and units, in one BatchGetItem (none when there is no alarm): the staff
 * home's section, which must not read every device of the building (issue 19). An alarm arriving live for another
 * device shows the device id until the page is loaded again.
 */
export async function getAlarmPlacesFor(actor: Actor, alarms: AlarmDTO[]): Promise<AlarmPlaces> {
  requireBuildingScope(actor, "alarm.read");
  const b = actor.buildingId;
  const deviceIds = [...new Set(alarms.map((a) => a.deviceId))];
  const unitIds = [...new Set(alarms.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
  if (!deviceIds.length && !unitIds.length) return { devices: {}, units: {} };
  const found = await batchGetRecords<Device | Unit>([
    ...deviceIds.map((d) => keys.device(b, d)),
    ...unitIds.map((u) => keys.unit(b, u)),
  ]);
  const devices = new Set(deviceIds);
  return {
    devices: Object.fromEntries(
      found.flatMap((x) => (devices.has(x.id) && "name" in x ? [[x.id, x.name]] : [])),
    ),
    units: Object.fromEntries(found.flatMap((x) => ("number" in x ? [[x.id, x.number]] : []))),
  };
}
