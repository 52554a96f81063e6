import "server-only";
import { type DeviceCommand, toDeviceCommandDTO } from "@/lib/domain/device-command";
import { newId } from "@/lib/domain/ids";
import { appendAuditEvent } from "../db/audit-events";
import { setDoorCodeDeleteOutcome, setDoorCodeStatus } from "../db/door-codes";
import { freePinSlot } from "../db/pin-slots";
import { publishLiveUpdate } from "../live/live-updates";
import { logger } from "../logger";

/**
 * What follows a command's end, done once by whoever ended it (the conditional update's winner: the instance
 * that received the ack, the waiter that timed it out, the sweeper, or the sender that found it unreachable):
 * the audit trail, the browsers' live view, and for door-code commands the code's status.
 */
export async function commandEnded(c: DeviceCommand): Promise<void> {
  publishLiveUpdate(c.buildingId, { type: "command", command: toDeviceCommandDTO(c) });
  await Promise.all([
    appendAuditEvent({
      event: {
        id: newId(),
        buildingId: c.buildingId,
        actor: c.issuedBy,
        action: "device.command",
        target: { type: "command", id: c.id },
        result: c.status === "acknowledged" ? "success" : "failure",
        details: { deviceId: c.deviceId, action: c.action, status: c.status, reason: c.reason },
        at: c.endedAt ?? new Date().toISOString(),
      },
    }),
    updateDoorCode(c),
  ]).catch((e) => logger.error("command follow-up failed", { commandId: c.id, error: String(e) }));
}

async function updateDoorCode(c: DeviceCommand) {
  const codeId = typeof c.params.codeId === "string" ? c.params.codeId : null;
  if (!codeId || (c.action !== "set_code" && c.action !== "delete_code")) return;
  const ok = c.status === "acknowledged";
  await freeSlotIfDone(c, codeId, ok);
  // a code that could not be set is kept as `failed` (visible to staff); a failed delete leaves it on the lock,
  // still owed (the sweeper asks again), with how the attempt ended
  if (c.action === "delete_code" && !ok) {
    await setDoorCodeDeleteOutcome({
      buildingId: c.buildingId,
      deviceId: c.deviceId,
      codeId,
      outcome: c.status,
    }).catch((e) => logger.warn("door code delete outcome not recorded", { codeId, error: String(e) }));
    return;
  }
  const status = c.action === "set_code" ? (ok ? "active" : "failed") : "deleted";
  await setDoorCodeStatus({ buildingId: c.buildingId, deviceId: c.deviceId, codeId, status }).catch((e) => {
    // the code record may be gone (deleted meanwhile): nothing to mark
    logger.warn("door code status not updated", { codeId, error: String(e) });
  });
}

/**
 * A lock's PIN slot is free again once its code is known not to be on the lock: a delete the lock acknowledged,
 * or a set_code it refused or never got. A set_code that timed out may have taken: its slot stays held until the
 * code's delete is acknowledged.
 */
async function freeSlotIfDone(c: DeviceCommand, codeId: string, ok: boolean) {
  if (typeof c.params.slot !== "number") return;
  const gone =
    c.action === "delete_code"
      ? ok
      : c.status === "rejected" || c.status === "failed" || c.status === "unreachable";
  if (!gone) return;
  await freePinSlot({ buildingId: c.buildingId, deviceId: c.deviceId, codeId }).catch((e) =>
    logger.warn("pin slot not freed", { codeId, error: String(e) }),
  );
}
