import "server-only";
import type { Building } from "@/lib/domain/building";
import { type DoorCode, isRetired } from "@/lib/domain/device";
import type { Pass, PassGrant } from "@/lib/domain/pass";
import { nextPassWindow, passWindowAt, windowCodeId } from "@/lib/domain/pass-schedule";
import { AppError } from "@/lib/errors";
import { getDevicesByIds } from "../../db/devices";
import { createDoorCode, markDoorCodeRemovalRequested } from "../../db/door-codes";
import { updatePass } from "../../db/passes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { oweCodeRemoval } from "../door-codes/code-removals";

const SYSTEM = { kind: "system" as const, id: "passes", name: "Access passes" };

/**
 * Brings a pass's locks in line with its schedule at `now`, once, whoever calls (the issue, the sweeper, a revoke
 * or an approval):
 * - the window on the locks (`current`) is closed when it ended, or the pass is no longer active;
 * - the window open now, if the pass is active and it is not already on the locks, is granted;
 * - `dueAt` becomes the next moment to act (the granted window's end, or the next window's start), and a pass with
 *   nothing left becomes `ended`.
 * The new state is claimed first (a conditional update on the pass's `updatedAt`): of two callers acting on the
 * same state, one wins and sends the commands; the other gets a 409 and leaves it. Each window is its own door
 * code (`windowCodeId`) with the pass's PIN and the window as its validity: a lock that enforces a validity
 * window (the native contract) holds the window exactly; a lock that cannot (Zigbee2MQTT keypads: a slot and a
 * PIN, no time) holds the code only between the grant and the close, which the sweeper does at the window's start
 * and end (within its one-minute tick).
 */
export async function advancePass(
  pass: Pass,
  building: Pick<Building, "timezone">,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<Pass> {
  const active = pass.status === "active";
  const open = active ? passWindowAt(pass.schedule, building.timezone, now) : null;
  const closing = pass.current && (!open || open.start !== pass.current.validFrom) ? pass.current : null;
  let grant: PassGrant | null = null;
  if (open && (!pass.current || closing)) {
    const locks = await workingLocks(pass);
    grant = {
      codeId: windowCodeId(pass.id, open.start),
      validFrom: open.start,
      validUntil: open.end,
      deviceIds: locks,
    };
  }
  const current = grant ?? (closing ? null : pass.current);
  const next = active ? nextPassWindow(pass.schedule, building.timezone, now) : null;
  const dueAt = current ? current.validUntil : (next?.start ?? null);
  const status = active && !current && !next ? "ended" : pass.status;
  if (!grant && !closing && dueAt === pass.dueAt && status === pass.status) return pass;
  const moved = await updatePass({ current: pass, set: { current, dueAt, status } });
  if (closing) await closeWindow(moved, closing, now, bridge);
  if (grant) await grantWindow(moved, grant, bridge);
  return moved;
}

async function workingLocks(pass: Pass): Promise<string[]> {
  const devices = await getDevicesByIds({ buildingId: pass.buildingId, deviceIds: pass.lockIds });
  return devices.filter((d) => d.type === "lock" && !isRetired(d)).map((d) => d.id);
}

async function grantWindow(pass: Pass, g: PassGrant, bridge: MqttBridge | null) {
  const devices = await getDevicesByIds({ buildingId: pass.buildingId, deviceIds: g.deviceIds });
  const at = new Date().toISOString();
  const window = { validFrom: g.validFrom, validUntil: g.validUntil };
  for (const lock of devices) {
    const code: DoorCode = {
      id: g.codeId,
      buildingId: pass.buildingId,
      deviceId: lock.id,
      label: `Pass: ${pass.holder.name}`.slice(0, 120),
      pin: pass.pin,
      ...window,
      reservationId: null,
      holder: { kind: "visitor", id: pass.id, name: pass.holder.name, source: "pass", sourceId: pass.id },
      status: "pending",
      createdAt: at,
      updatedAt: at,
    };
    const created = await createDoorCode({ code }).then(
      () => true,
      (e) => {
        if (e instanceof AppError && e.code === "conflict") return false;
        throw e;
      },
    );
    if (!created) continue;
    await sendCommand(
      bridge,
      {
        device: lock,
        action: "set_code",
        params: { codeId: g.codeId, pin: pass.pin, ...window },
        issuedBy: SYSTEM,
      },
      { wait: false },
    ).catch((e) =>
      logger.error("set_code failed", { codeId: g.codeId, deviceId: lock.id, error: String(e) }),
    );
  }
}

async function closeWindow(pass: Pass, g: PassGrant, now: Date, bridge: MqttBridge | null) {
  const devices = await getDevicesByIds({ buildingId: pass.buildingId, deviceIds: g.deviceIds });
  for (const lock of devices) {
    await markDoorCodeRemovalRequested({
      buildingId: pass.buildingId,
      deviceId: lock.id,
      codeId: g.codeId,
      at: now.toISOString(),
    }).catch((e) => logger.warn("door code removal not marked", { codeId: g.codeId, error: String(e) }));
    await sendCommand(
      bridge,
      { device: lock, action: "delete_code", params: { codeId: g.codeId }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("delete_code failed", { codeId: g.codeId, error: String(e) }));
  }
  // asked again by the sweeper until each lock acknowledges (or the window has ended on a lock that enforces it)
  await oweCodeRemoval(
    {
      buildingId: pass.buildingId,
      codeId: g.codeId,
      source: "pass",
      sourceId: pass.id,
      until: g.validUntil,
      locks: devices,
    },
    now,
  );
}
