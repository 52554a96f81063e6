import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import { type Device, type DeviceDTO, isRetired, toDeviceDTO } from "@/lib/domain/device";
import type { ListDevicesQuery } from "@/lib/domain/device-api";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { decodeCursor, encodeCursor } from "../../db/cursor";
import { listAllDevices, listDevicesByUnit } from "../../db/devices";
import { queryEvery } from "../shared/query-every";
import { ownsDevice } from "./device-access";

/**
 * Devices for a list, scoped to the actor: staff and managers see the building's, residents their units',
 * guests their stay's door. A building holds a few hundred devices at most, so the candidate set is read with
 * one Query (the building's, or one per unit on gsi1), filtered by type and status here, and paged by
 * position with a signed cursor: every page is consistent with its filters whatever they are.
 */
export async function listDevices(actor: Actor, q: ListDevicesQuery): Promise<PageDTO<DeviceDTO>> {
  const scope = authorize(actor, "device.read");
  const b = actor.buildingId;
  const unitId = q.unitId === undefined ? undefined : q.unitId === "common" ? null : q.unitId;
  let devices: Device[];
  if (scope === "own") {
    const units = unitId === undefined ? actor.unitIds : actor.unitIds.filter((u) => u === unitId);
    const lists = await Promise.all(
      units.map((u) =>
        queryEvery((page) => listDevicesByUnit({ buildingId: b, unitId: u, type: q.type, ...page })),
      ),
    );
    devices = lists.flat().filter((d) => ownsDevice(d)(actor));
  } else if (unitId !== undefined) {
    devices = await queryEvery((page) => listDevicesByUnit({ buildingId: b, unitId, type: q.type, ...page }));
  } else {
    devices = await listAllDevices({ buildingId: b });
  }
  const filtered = devices
    .filter((d) => !isRetired(d))
    .filter((d) => !q.type || d.type === q.type)
    .filter((d) => !q.status || d.online === (q.status === "online"))
    .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
  const start = Number((decodeCursor(q.cursor) as { at?: number } | undefined)?.at ?? 0);
  const items = filtered.slice(start, start + q.limit);
  const next = start + items.length;
  return {
    items: items.map(toDeviceDTO),
    cursor: next < filtered.length ? encodeCursor({ at: next }) : null,
  };
}
