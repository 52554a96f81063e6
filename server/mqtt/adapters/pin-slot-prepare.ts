import "server-only";
import type { Device } from "@/lib/domain/device";
import type { DeviceCommand } from "@/lib/domain/device-command";
import { setDoorCodeSlot } from "../../db/door-codes";
import { allocatePinSlot, listPinSlots } from "../../db/pin-slots";
import { logger } from "../../logger";
import type { Prepared } from "./types";

/**
 * A keypad lock's code command given its user slot (docs/devices.md "PIN slots"): `set_code` takes the code's slot
 * (or the lowest free one from `first` to `last`; a full lock ends it `rejected`), `delete_code` names the slot the
 * code holds (none: nothing to clear, `acknowledged`). Shared by every dialect whose locks number their codes.
 */
export async function preparePinSlot(
  device: Device,
  c: DeviceCommand,
  { first, last }: { first: number; last: number },
): Promise<Prepared> {
  const codeId = String(c.params.codeId);
  const ref = { buildingId: device.buildingId, deviceId: device.id };
  if (c.action === "set_code") {
    const slot = await allocatePinSlot({ ...ref, codeId, last, first }).catch((e) => {
      if ((e as { details?: { reason?: string } }).details?.reason === "pin_slots_full") return null;
      throw e;
    });
    if (slot === null)
      return { ended: "rejected", reason: `All ${last - first + 1} PIN slots of this lock are in use.` };
    await setDoorCodeSlot({ ...ref, codeId, slot }).catch((e) =>
      logger.warn("door code slot not recorded", { codeId, error: String(e) }),
    );
    return { params: { ...c.params, slot } };
  }
  const held = (await listPinSlots(ref)).find((s) => s.codeId === codeId);
  if (!held) return { ended: "acknowledged", reason: "No slot of this lock holds the code." };
  return { params: { ...c.params, slot: held.slot } };
}
