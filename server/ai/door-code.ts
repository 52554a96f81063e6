import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { listDevicesByUnit } from "../db/devices";
import { listDoorCodes } from "../db/door-codes";
import { requireCurrentStay } from "../services/guest-stay";
import type { ToolOutcome } from "./tool-results";

/** The guest's own active door code, only while the stay is on (the code of another stay is never looked at). */
export async function guestDoorCode(actor: Actor, now = new Date()): Promise<ToolOutcome> {
  let stay: Awaited<ReturnType<typeof requireCurrentStay>>;
  try {
    stay = await requireCurrentStay(actor, now);
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") return { status: "outside_stay" };
    throw e;
  }
  const locks = await listDevicesByUnit({ buildingId: actor.buildingId, unitId: stay.unitId, type: "lock" });
  for (const lock of locks.items) {
    const codes = await listDoorCodes({ buildingId: actor.buildingId, deviceId: lock.id, limit: 50 });
    const code = codes.items.find(
      (c) => c.reservationId === stay.id && c.status === "active" && c.validUntil > now.toISOString(),
    );
    if (code)
      return { status: "door_code", pin: code.pin, validFrom: code.validFrom, validUntil: code.validUntil };
  }
  return { status: "no_door_code" };
}
