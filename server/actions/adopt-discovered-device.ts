"use server";

import { z } from "zod";
import { adoptDiscoveredDevice } from "../services/discovery/adopt-discovered-device";
import { action } from "./action";

/** A manager adopts a device a bridge announces: registered with its protocol and address in one step. */
export const adoptDiscoveredDeviceAction = action(
  z.object({ protocol: z.enum(["zigbee2mqtt", "shelly"]), addressKey: z.string().min(1).max(300) }),
  async function adoptDevice(input, actor) {
    return adoptDiscoveredDevice(actor, input);
  },
  { capability: "device.manage" },
);
