"use server";

import { idSchema } from "@/lib/domain/common";
import { updateDeviceInputSchema } from "@/lib/domain/device";
import { updateRegistryDevice } from "../services/devices/update-registry-device";
import { action } from "./action";

/** A manager edits a device's name, model, location or unit. */
export const updateRegistryDeviceAction = action(
  updateDeviceInputSchema.extend({ deviceId: idSchema }),
  async function editDevice({ deviceId, ...patch }, actor) {
    return updateRegistryDevice(actor, deviceId, patch);
  },
  { capability: "device.manage" },
);
