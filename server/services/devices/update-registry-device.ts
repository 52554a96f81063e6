import "server-only";
import { isRetired, protocolOf, type UpdateDeviceInput } from "@/lib/domain/device";
import type { DeviceProtocol } from "@/lib/domain/device-protocol";
import { conflict } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { changeDeviceAddress, getDevice, updateDevice } from "../../db/devices";
import { clearMqttLookups } from "../../mqtt/lookups";
import { recordAudit } from "../audit/audit";
import { requireUnitOfBuilding } from "../units/require-unit-of-building";
import { diffOf } from "../units/unit-rules";
import { checkDeviceAddress } from "./device-address";
import { type RegistryDevice, toRegistryDevice } from "./device-registry-dto";

/** A manager renames, re-describes or moves a device of their building; a retired device stays as it was. */
export async function updateRegistryDevice(
  actor: Actor,
  deviceId: string,
  { protocol, address, ...patch }: UpdateDeviceInput & { protocol?: DeviceProtocol; address?: unknown },
): Promise<RegistryDevice> {
  authorize(actor, "device.manage");
  const cur = await getDevice({ buildingId: actor.buildingId, deviceId });
  if (isRetired(cur)) throw conflict("A retired device cannot be changed.");
  if (patch.unitId) await requireUnitOfBuilding(actor, patch.unitId);
  const where =
    protocol !== undefined || address !== undefined
      ? checkDeviceAddress(protocol ?? protocolOf(cur), address ?? (protocol ? {} : cur.address))
      : null;
  let next = Object.keys(patch).length
    ? await updateDevice({ buildingId: actor.buildingId, deviceId, patch })
    : cur;
  if (where) {
    // the old address is released and the new one claimed together: 409 naming `address` if it is taken
    next = await changeDeviceAddress({ cur: next, protocol: where.protocol, address: where.address });
    clearMqttLookups();
  }
  await recordAudit(
    actor,
    "device.update",
    { type: "device", id: deviceId },
    "success",
    diffOf(cur, next, ["name", "model", "location", "unitId", "protocol", "address"]),
  );
  return toRegistryDevice(next);
}
