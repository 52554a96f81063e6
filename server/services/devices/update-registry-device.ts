import "server-only";
import { isRetired, type UpdateDeviceInput } from "@/lib/domain/device";
import { conflict } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getDevice, updateDevice } from "../../db/devices";
import { recordAudit } from "../audit/audit";
import { requireUnitOfBuilding } from "../units/require-unit-of-building";
import { diffOf } from "../units/unit-rules";
import { type RegistryDevice, toRegistryDevice } from "./device-registry-dto";

/** A manager renames, re-describes or moves a device of their building; a retired device stays as it was. */
export async function updateRegistryDevice(
  actor: Actor,
  deviceId: string,
  patch: UpdateDeviceInput,
): Promise<RegistryDevice> {
  authorize(actor, "device.manage");
  const cur = await getDevice({ buildingId: actor.buildingId, deviceId });
  if (isRetired(cur)) throw conflict("A retired device cannot be changed.");
  if (patch.unitId) await requireUnitOfBuilding(actor, patch.unitId);
  const next = await updateDevice({ buildingId: actor.buildingId, deviceId, patch });
  await recordAudit(
    actor,
    "device.update",
    { type: "device", id: deviceId },
    "success",
    diffOf(cur, next, ["name", "model", "location", "unitId"]),
  );
  return toRegistryDevice(next);
}
