"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import * as devices from "../services/devices/retire-device";
import { action } from "./action";

/** A manager retires a device: no more commands, gone from staff lists, kept for the record. */
export const retireDeviceAction = action(
  z.object({ deviceId: idSchema }),
  async function retireDevice({ deviceId }, actor) {
    return devices.retireDevice(actor, deviceId);
  },
  { capability: "device.manage" },
);
