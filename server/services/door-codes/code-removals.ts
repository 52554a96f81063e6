import "server-only";
import { type CodeRemoval, type CodeRemovalStatus, toCodeRemovalStatus } from "@/lib/domain/code-removal";
import { type Device, isRetired, protocolOf } from "@/lib/domain/device";
import {
  claimCodeRemovalAttempt,
  dropCodeRemoval,
  listCodeRemovals,
  putCodeRemoval,
} from "../../db/code-removals";
import { getDevicesByIds } from "../../db/devices";
import { getDoorCode } from "../../db/door-codes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { sendCommand } from "../../mqtt/send-command";
import { revokeBackoffMs } from "./stay-door-codes";

const SYSTEM = { kind: "system" as const, id: "door-code-sweeper", name: "Door code sweeper" };

/**
 * Whether a lock still owes the delete of `codeId`: the code is on record and not acknowledged deleted, the lock
 * is in service, and the code has not ended on a lock that enforces its validity window itself (the native
 * contract). A lock that holds no time (a Zigbee2MQTT keypad) keeps a code until it is deleted, so it owes the
 * delete past the code's end.
 */
async function owes(lock: Device, codeId: string, until: string, now: Date): Promise<boolean> {
  if (isRetired(lock)) return false;
  if (Date.parse(until) <= now.getTime() && protocolOf(lock) === "buildingos") return false;
  const code = await getDoorCode({ buildingId: lock.buildingId, deviceId: lock.id, codeId }).catch(
    () => null,
  );
  return code !== null && code.status !== "deleted";
}

/**
 * Records a delete just sent (the first attempt) for the sweeper to ask again until each lock acknowledges it.
 * Nothing is recorded when no lock can still hold the code (every lock enforces a window that has ended).
 */
export async function oweCodeRemoval(
  input: Pick<CodeRemoval, "buildingId" | "codeId" | "source" | "sourceId" | "until"> & { locks: Device[] },
  now = new Date(),
): Promise<void> {
  const { locks, ...rest } = input;
  const holdsTime = Date.parse(rest.until) > now.getTime();
  const deviceIds = locks.filter((l) => holdsTime || protocolOf(l) !== "buildingos").map((l) => l.id);
  if (deviceIds.length === 0) return;
  const at = now.toISOString();
  await putCodeRemoval({
    removal: {
      ...rest,
      deviceIds,
      attempts: 1,
      lastAttemptAt: at,
      dueAt: new Date(now.getTime() + revokeBackoffMs(1)).toISOString(),
      createdAt: at,
    },
  }).catch((e) => logger.error("code removal not recorded", { codeId: rest.codeId, error: String(e) }));
}

/**
 * The sweeper's pass over a building's owed deletes: each record due is settled (every lock acknowledged, or the
 * code ended on locks that enforce it) and dropped, or its next attempt is claimed (one sweeper wins) and
 * `delete_code` sent again to the locks that still owe it, the pause doubling up to an hour.
 */
export async function retryCodeRemovals(
  buildingId: string,
  now: Date,
  bridge: MqttBridge | null,
): Promise<{ retried: number; settled: number }> {
  const totals = { retried: 0, settled: 0 };
  const due = (await listCodeRemovals({ buildingId })).filter((r) => r.dueAt <= now.toISOString());
  for (const r of due) {
    const locks = await getDevicesByIds({ buildingId, deviceIds: r.deviceIds });
    const flags = await Promise.all(locks.map((l) => owes(l, r.codeId, r.until, now)));
    const owed = locks.filter((_, i) => flags[i]);
    if (owed.length === 0) {
      await dropCodeRemoval({ current: r });
      totals.settled++;
      continue;
    }
    const claimed = await claimCodeRemovalAttempt({
      current: r,
      deviceIds: owed.map((l) => l.id),
      at: now.toISOString(),
      dueAt: new Date(now.getTime() + revokeBackoffMs(r.attempts + 1)).toISOString(),
    });
    if (!claimed) continue;
    totals.retried++;
    logger.warn("retrying door code delete", {
      codeId: r.codeId,
      source: r.source,
      attempt: claimed.attempts,
    });
    for (const lock of owed) {
      await sendCommand(
        bridge,
        { device: lock, action: "delete_code", params: { codeId: r.codeId }, issuedBy: SYSTEM },
        { wait: false },
      ).catch((e) => logger.error("delete_code failed", { codeId: r.codeId, error: String(e) }));
    }
  }
  return totals;
}

/** The deletes still owed for these bookings or passes, by their id (one Query of the building's few records). */
export async function owedRemovalsBySource(
  buildingId: string,
  source: CodeRemoval["source"],
  sourceIds: string[],
): Promise<Map<string, CodeRemovalStatus[]>> {
  const out = new Map<string, CodeRemovalStatus[]>();
  if (sourceIds.length === 0) return out;
  const wanted = new Set(sourceIds);
  for (const r of await listCodeRemovals({ buildingId })) {
    if (r.source !== source || !wanted.has(r.sourceId)) continue;
    out.set(r.sourceId, [...(out.get(r.sourceId) ?? []), toCodeRemovalStatus(r)]);
  }
  return out;
}
