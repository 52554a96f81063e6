"use server";

import { createDeviceInputSchema } from "@/lib/domain/device";
import * as devices from "../services/devices/register-device";
import { action } from "./action";

/** A manager registers a device; the answer carries its MQTT topic base. */
export const registerDeviceAction = action(
  createDeviceInputSchema,
  async function registerDevice(input, actor) {
    return devices.registerDevice(actor, input);
  },
  { capability: "device.manage" },
);
