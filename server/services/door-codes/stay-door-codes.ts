import "server-only";
import { randomInt } from "node:crypto";
import type { Building } from "@/lib/domain/building";
import { type Device, type DoorCode, isRetired } from "@/lib/domain/device";
import { doorCodeWindow } from "@/lib/domain/door-window";
import { guestMayUseDoor } from "@/lib/domain/guest-door-access";
import { newId } from "@/lib/domain/ids";
import type { Reservation } from "@/lib/domain/reservation";
import { getDevicesByIds, listDevicesByUnit } from "../../db/devices";
import { claimDoorAccess, claimRevokeAttempt, releaseDoorAccess } from "../../db/door-access";
import { moveDoorAccessWindow } from "../../db/door-access-window";
import { createDoorCode, getDoorCode, markDoorCodeRemovalRequested } from "../../db/door-codes";
import { listDoorGroups } from "../../db/door-groups";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { queryEvery } from "../shared/query-every";

const SYSTEM = { kind: "system" as const, id: "door-codes", name: "Door codes" };

/**
 * The locks a stay's code opens: the unit's door and the building's shared doors: the locks of the door groups
 * marked `forStays`, or every common-area lock when the building marks none (as before door groups). With `also`,
 * the locks the code was sent to when issued (a lock moved or re-assigned since still gets the delete).
 */
export async function stayLocks(r: Reservation, also: string[] = []): Promise<Device[]> {
  const [unit, common] = await Promise.all([
    queryEvery((p) => listDevicesByUnit({ buildingId: r.buildingId, unitId: r.unitId, type: "lock", ...p })),
    sharedStayLocks(r.buildingId),
  ]);
  const known = new Set([...unit, ...common].map((d) => d.id));
  const missing = also.filter((id) => !known.has(id));
  const moved = missing.length ? await getDevicesByIds({ buildingId: r.buildingId, deviceIds: missing }) : [];
  return [...unit, ...common, ...moved.filter(Boolean)];
}

async function sharedStayLocks(buildingId: string): Promise<Device[]> {
  const zones = (await listDoorGroups({ buildingId })).filter((g) => g.forStays);
  if (zones.length === 0) {
    return queryEvery((p) => listDevicesByUnit({ buildingId, unitId: null, type: "lock", ...p }));
  }
  const ids = [...new Set(zones.flatMap((g) => g.deviceIds))];
  return (await getDevicesByIds({ buildingId, deviceIds: ids })).filter(
    (d) => d.type === "lock" && !isRetired(d),
  );
}

/**
 * Gives a stay its door code: one PIN, valid from check-in time minus the building's margin to check-out time plus
 * its margin, stored on every lock it opens (pending) and sent to each with `set_code`. The stay is claimed first
 * (conditional write), so the check-in, the sweeper and other instances issue it once. A lock that does not take
 * the code ends `failed` (shown to staff on the device page), never silently lost. Returns false if already issued.
 */
export async function issueStayDoorCodes(
  r: Reservation,
  building: Building,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<boolean> {
  if (r.doorAccess || !guestMayUseDoor(r, building.config)) return false;
  const locks = await stayLocks(r);
  const unitLock = locks.find((d) => d.unitId === r.unitId);
  if (!unitLock) return false;
  const window = doorCodeWindow(r, building);
  const codeId = newId();
  const claimed = await claimDoorAccess({
    buildingId: r.buildingId,
    reservationId: r.id,
    access: { deviceId: unitLock.id, codeId, ...window },
    deviceIds: locks.map((d) => d.id),
  });
  if (!claimed) return false;
  const length = building.config.doorCode.length;
  const pin = String(randomInt(0, 10 ** length)).padStart(length, "0");
  const now = new Date().toISOString();
  for (const lock of locks) {
    const code: DoorCode = {
      id: codeId,
      buildingId: r.buildingId,
      deviceId: lock.id,
      label: `Stay ${r.checkIn} – ${r.checkOut} (${r.guest.name})`.slice(0, 120),
      pin,
      ...window,
      reservationId: r.id,
      status: "pending",
      createdAt: now,
      updatedAt: now,
    };
    await createDoorCode({ code });
    await sendCommand(
      bridge,
      { device: lock, action: "set_code", params: { codeId, pin, ...window }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("set_code failed", { codeId, deviceId: lock.id, error: String(e) }));
  }
  return true;
}

/** How long after an attempt at deleting a stay's code the next may start: 1, 2, 4 … up to 60 minutes. */
export function revokeBackoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 60) * 60_000;
}

/**
 * Deletes the stay's code from every lock (after the stay, or when it is cancelled or its link revoked). The stay
 * keeps its door access, and its revocation record, until every lock has acknowledged the delete, so a lock that
 * was offline or refused is asked again by the sweeper, however long it is away, with a growing pause between
 * attempts; each attempt is claimed by a conditional write, so one instance sends it. Each lock's code records
 * that its removal was asked (staff see "still on the lock" until it is `deleted`). Returns true once the access
 * is released (every code deleted), false while it is not.
 */
export async function revokeStayDoorCodes(
  r: Reservation,
  bridge: MqttBridge | null = mqttBridge(),
  now = new Date(),
  deviceIds: string[] = [],
): Promise<boolean> {
  const access = r.doorAccess;
  if (!access) return false;
  const codes = await Promise.all(
    (await stayLocks(r, deviceIds)).map(async (lock) => ({
      lock,
      code: await getDoorCode({ buildingId: r.buildingId, deviceId: lock.id, codeId: access.codeId }).catch(
        () => null,
      ),
    })),
  );
  const left = codes.filter((c) => c.code && c.code.status !== "deleted");
  if (left.length === 0) {
    const released = await releaseDoorAccess({
      buildingId: r.buildingId,
      reservationId: r.id,
      codeId: access.codeId,
    });
    return released !== null;
  }
  const attempts = access.revokeAttempts ?? 0;
  if (access.lastRevokeAt && Date.parse(access.lastRevokeAt) + revokeBackoffMs(attempts) > now.getTime()) {
    return false;
  }
  const claimed = await claimRevokeAttempt({ buildingId: r.buildingId, reservationId: r.id, access, now });
  if (!claimed) return false;
  if (attempts > 0)
    logger.warn("retrying door code delete", { codeId: access.codeId, attempt: attempts + 1 });
  for (const { lock, code } of left) {
    if (code && !code.removalRequestedAt) {
      await markDoorCodeRemovalRequested({
        buildingId: r.buildingId,
        deviceId: lock.id,
        codeId: access.codeId,
        at: now.toISOString(),
      }).catch((e) =>
        logger.warn("door code removal not marked", { codeId: access.codeId, error: String(e) }),
      );
    }
    await sendCommand(
      bridge,
      { device: lock, action: "delete_code", params: { codeId: access.codeId }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("delete_code failed", { codeId: access.codeId, error: String(e) }));
  }
  return false;
}

/**
 * The guest's own code (PIN included: it is theirs) for the stay page, the API and the concierge, or null. Only
 * when the building's guest rule allows it (`guestMayUseDoor`) and the code is not being revoked.
 */
export async function findStayDoorCode(r: Reservation, building: Pick<Building, "config">) {
  if (!r.doorAccess || !guestMayUseDoor(r, building.config)) return null;
  const code = await getDoorCode({
    buildingId: r.buildingId,
    deviceId: r.doorAccess.deviceId,
    codeId: r.doorAccess.codeId,
  }).catch(() => null);
  if (!code || code.status === "deleted") return null;
  return { pin: code.pin, validFrom: code.validFrom, validUntil: code.validUntil, status: code.status };
}

/**
 * Moves a stay's code to the stay's current dates (a changed stay): the same PIN and code id, its window moved on
 * the stay, its revocation record and every lock's code at once (moveDoorAccessWindow), then `set_code` sent again
 * to each lock with the new window. Returns false when the stay has no code, the window did not change, or the
 * code is being revoked. A stay without a code gets one from the sweeper on its new dates.
 */
export async function moveStayDoorCodes(
  r: Reservation,
  building: Building,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<boolean> {
  const access = r.doorAccess;
  if (!access || access.revokeDueAt) return false;
  const window = doorCodeWindow(r, building);
  if (window.validFrom === access.validFrom && window.validUntil === access.validUntil) return false;
  const codes = (
    await Promise.all(
      (
        await stayLocks(r)
      ).map(async (lock) => ({
        lock,
        code: await getDoorCode({ buildingId: r.buildingId, deviceId: lock.id, codeId: access.codeId }).catch(
          () => null,
        ),
      })),
    )
  ).filter((c): c is { lock: Device; code: DoorCode } => !!c.code && !c.code.removalRequestedAt);
  const moved = await moveDoorAccessWindow({
    buildingId: r.buildingId,
    reservationId: r.id,
    codeId: access.codeId,
    deviceIds: codes.map((c) => c.lock.id),
    ...window,
  });
  if (!moved) return false;
  for (const { lock, code } of codes) {
    await sendCommand(
      bridge,
      {
        device: lock,
        action: "set_code",
        params: { codeId: access.codeId, pin: code.pin, ...window },
        issuedBy: SYSTEM,
      },
      { wait: false },
    ).catch((e) =>
      logger.error("set_code failed", { codeId: access.codeId, deviceId: lock.id, error: String(e) }),
    );
  }
  return true;
}
