"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { commandDevice } from "../services/devices/command-device";
import { action } from "./action";

/** The page's buttons send only these; door codes are set by the stay sweeper, not by hand. */
const schema = z.object({ deviceId: idSchema, action: z.enum(["lock", "unlock", "refresh"]) });

/**
 * Lock, unlock or refresh from a device page. Waits for the device's answer (at most the contract's timeout)
 * and returns the ended command; the service checks who may command what, and refuses an offline device at once.
 */
export const commandDeviceAction = action(
  schema,
  async function commandDeviceFromPage(input, actor) {
    const c = await commandDevice(actor, input, { wait: true });
    return { id: c.id, action: c.action, status: c.status, reason: c.reason, resultState: c.resultState };
  },
  { capability: "device.command" },
);
