import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getDevice, retireDevice as retireDeviceRecord } from "../../db/devices";
import { recordAudit } from "../audit/audit";
import { type RegistryDevice, toRegistryDevice } from "./device-registry-dto";

/**
 * A manager retires a device: it accepts no more commands (the command service checks `isRetired`) and staff
 * lists hide it; its record and logs stay for the audit trail.
 */
export async function retireDevice(actor: Actor, deviceId: string): Promise<RegistryDevice> {
  authorize(actor, "device.manage");
  const cur = await getDevice({ buildingId: actor.buildingId, deviceId });
  const next = await retireDeviceRecord({
    buildingId: actor.buildingId,
    deviceId,
    at: new Date().toISOString(),
  });
  await recordAudit(actor, "device.retire", { type: "device", id: deviceId }, "success", {
    before: { retiredAt: null, unitId: cur.unitId },
    after: { retiredAt: next.retiredAt },
  });
  return toRegistryDevice(next);
}
