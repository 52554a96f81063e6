import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getDevice, listAllDevices } from "../../db/devices";
import { type RegistryDevice, toRegistryDevice } from "./device-registry-dto";

/** Every device of the manager's building, retired ones included (the registry is where they are seen). */
export async function listDeviceRegistry(actor: Actor): Promise<RegistryDevice[]> {
  authorize(actor, "device.manage");
  const devices = await listAllDevices({ buildingId: actor.buildingId });
  return devices.map(toRegistryDevice);
}

/** One device of the manager's building, with its topic base; another building's is not found. */
export async function getRegistryDevice(actor: Actor, deviceId: string): Promise<RegistryDevice> {
  authorize(actor, "device.manage");
  return toRegistryDevice(await getDevice({ buildingId: actor.buildingId, deviceId }));
}
