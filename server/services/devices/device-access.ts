import "server-only";
import type { Device } from "@/lib/domain/device";
import { AppError, notFound } from "@/lib/errors";
import { authorize, type Capability } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findDevice } from "../../db/devices";

/**
 * "Own" devices: residents hold their units' devices; a guest holds only the door (lock) of the stay's unit
 * (SPEC: "devices: see — own unit's door").
 */
export const ownsDevice = (d: Pick<Device, "unitId" | "type">) => (actor: Actor) => {
  if (d.unitId == null || !actor.unitIds.includes(d.unitId)) return false;
  return actor.role !== "guest" || d.type === "lock";
};

/**
 * Loads a device for `capability` and checks it after loading. A device the actor may not see is reported as
 * not found, so its existence does not leak; the read is keyed by the actor's building.
 */
export async function loadDeviceFor(actor: Actor, deviceId: string, capability: Capability): Promise<Device> {
  authorize(actor, capability);
  const device = await findDevice({ buildingId: actor.buildingId, deviceId });
  if (!device) throw notFound("Device");
  try {
    authorize(actor, "device.read", { buildingId: device.buildingId, owns: ownsDevice(device) });
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") throw notFound("Device");
    throw e;
  }
  authorize(actor, capability, { buildingId: device.buildingId, owns: ownsDevice(device) });
  return device;
}
