import "server-only";
import { randomInt } from "node:crypto";
import type { Building } from "@/lib/domain/building";
import { type Device, type DoorCode, isRetired } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import type { Turnover } from "@/lib/domain/turnover";
import { getDevicesByIds, listDevicesByUnit } from "../../db/devices";
import { createDoorCode, markDoorCodeRemovalRequested } from "../../db/door-codes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { queryEvery } from "../shared/query-every";

const SYSTEM = { kind: "system" as const, id: "turnovers", name: "Turnovers" };

/** The unit's locks and the building's shared doors, as a stay's code opens them. */
async function cleaningLocks(t: Turnover): Promise<Device[]> {
  const [unit, common] = await Promise.all([
    queryEvery((p) => listDevicesByUnit({ buildingId: t.buildingId, unitId: t.unitId, type: "lock", ...p })),
    queryEvery((p) => listDevicesByUnit({ buildingId: t.buildingId, unitId: null, type: "lock", ...p })),
  ]);
  return [...unit, ...common].filter((d) => !isRetired(d));
}

/**
 * The cleaning code: one PIN valid only for the turnover's window, stored as a door code on each lock (pending
 * until acknowledged) and sent with `set_code`, the same store and command bus as stay and amenity codes (the
 * keypad adapters give it a PIN slot). Its holder names the turnover, so the access log says who came in. Null
 * when the unit has no lock.
 */
export async function issueTurnoverDoorCode(
  t: Turnover,
  building: Pick<Building, "config">,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<NonNullable<Turnover["access"]> | null> {
  const locks = await cleaningLocks(t);
  if (!locks.some((l) => l.unitId === t.unitId)) return null;
  const length = building.config.doorCode.length;
  const pin = String(randomInt(0, 10 ** length)).padStart(length, "0");
  const codeId = newId();
  const window = { validFrom: t.validFrom, validUntil: t.validUntil };
  const now = new Date().toISOString();
  const name = t.assignee?.name ?? "Cleaning";
  for (const lock of locks) {
    const code: DoorCode = {
      id: codeId,
      buildingId: t.buildingId,
      deviceId: lock.id,
      label: `Cleaning ${t.date} (${name})`.slice(0, 120),
      pin,
      ...window,
      reservationId: null,
      holder: {
        kind: t.assignee?.kind === "staff" ? "staff" : "visitor",
        id: t.assignee?.kind === "staff" ? t.assignee.userId : null,
        name: name.slice(0, 120),
        source: "turnover",
        sourceId: t.id,
      },
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
  return { codeId, pin, deviceIds: locks.map((l) => l.id), revokedAt: null };
}

/**
 * Takes the cleaning code off every lock (the unit is ready, the stay was cancelled or its dates moved), marking
 * each code's removal as asked so staff see "still on the lock" until acknowledged. The code's own window ends
 * anyway, so a lock that missed the delete stops taking it then.
 */
export async function revokeTurnoverDoorCode(
  t: Turnover,
  at: string,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<void> {
  const access = t.access;
  if (!access || access.revokedAt) return;
  const locks = await getDevicesByIds({ buildingId: t.buildingId, deviceIds: access.deviceIds });
  for (const lock of locks.filter(Boolean)) {
    await markDoorCodeRemovalRequested({
      buildingId: t.buildingId,
      deviceId: lock.id,
      codeId: access.codeId,
      at,
    }).catch((e) => logger.warn("door code removal not marked", { codeId: access.codeId, error: String(e) }));
    await sendCommand(
      bridge,
      { device: lock, action: "delete_code", params: { codeId: access.codeId }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("delete_code failed", { codeId: access.codeId, error: String(e) }));
  }
}
