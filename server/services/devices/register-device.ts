import "server-only";
import { type CreateDeviceInput, type Device, toDeviceDTO } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { putDevice } from "../../db/devices";
import { publishLiveUpdate } from "../../live/live-updates";
import { recordAudit } from "../audit/audit";
import { requireUnitOfBuilding } from "../units/require-unit-of-building";
import { type RegistryDevice, toRegistryDevice } from "./device-registry-dto";

/**
 * A manager registers a device in their building, on a unit or in a common area (unitId null). It starts offline
 * with no state; it comes online when it publishes on its topic base (shown back to the manager). Open device
 * lists hear of it through the live stream.
 */
export async function registerDevice(actor: Actor, input: CreateDeviceInput): Promise<RegistryDevice> {
  authorize(actor, "device.manage");
  if (input.unitId) await requireUnitOfBuilding(actor, input.unitId);
  const now = new Date().toISOString();
  const device: Device = {
    ...input,
    id: newId(),
    buildingId: actor.buildingId,
    firmware: null,
    online: false,
    lastSeenAt: null,
    state: {},
    stateAt: null,
    createdAt: now,
    updatedAt: now,
    retiredAt: null,
  };
  await putDevice({ device });
  // open device lists add it without a reload
  publishLiveUpdate(device.buildingId, { type: "device", device: toDeviceDTO(device), registered: true });
  await recordAudit(actor, "device.register", { type: "device", id: device.id }, "success", {
    after: { type: device.type, name: device.name, unitId: device.unitId, model: device.model },
  });
  return toRegistryDevice(device);
}
