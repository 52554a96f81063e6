import "server-only";
import { z } from "zod";
import { boundViolationOf, type JsonBoundViolation, refineJsonBounds } from "@/lib/domain/bounded-json";
import { timestampSchema } from "@/lib/domain/common";
import { toDeviceDTO } from "@/lib/domain/device";
import type { AckMessage } from "@/lib/domain/device-command";
import { findCommand, finishCommand } from "../db/device-commands";
import { setDeviceAvailability, updateDeviceState } from "../db/devices";
import { publishLiveUpdate } from "../live/live-updates";
import { logger } from "../logger";
import { checkBattery, clearFromDevice, ingestSensorEvent } from "../services/alarms/device-signals";
import { recordStateReadings } from "../services/telemetry/record-telemetry";
import { commandEnded } from "./command-outcome";
import type { CommandWaiters } from "./command-waiters";
import { lookupDevice } from "./lookups";
import type { MqttMetrics } from "./metrics";

type Ctx = { buildingId: string; deviceId: string; metrics: MqttMetrics };

/**
 * `…/state` payload: `{ts, …}`; everything but `ts` (and `firmware`) is the device's state as it sent it, within
 * the JSON bounds (lib/domain/bounded-json.ts) so that it can always be stored.
 */
export const stateMessageSchema = z
  .object({ ts: timestampSchema, firmware: z.string().max(60).optional() })
  .catchall(z.unknown())
  .superRefine(({ ts: _ts, firmware: _fw, ...state }, ctx) => refineJsonBounds(state, ctx));

export async function handleAvailability(ctx: Ctx, online: boolean): Promise<void> {
  const at = new Date().toISOString();
  const ok = await setDeviceAvailability({ buildingId: ctx.buildingId, deviceId: ctx.deviceId, online, at });
  if (!ok) return unknown(ctx, "availability");
  ctx.metrics.availabilityApplied++;
  const d = await lookupDevice(ctx.buildingId, ctx.deviceId);
  if (d) {
    const device = { ...d, online, lastSeenAt: online ? at : d.lastSeenAt };
    if (online) await clearFromDevice(d, "offline", at);
    publishLiveUpdate(
      ctx.buildingId,
      { type: "device", device: toDeviceDTO(device) },
      { heardByEveryInstance: true },
    );
  }
}

/**
 * true: handled. Otherwise why the payload was refused: not a state message ("malformed"), or a state beyond the
 * bounds. Older states than the stored one are ignored (counted stale).
 */
export async function handleState(ctx: Ctx, json: unknown): Promise<true | "malformed" | JsonBoundViolation> {
  const parsed = stateMessageSchema.safeParse(json);
  if (!parsed.success) return boundViolationOf(parsed.error) ?? "malformed";
  const { ts, firmware, ...state } = parsed.data;
  const stateAt = new Date(ts).toISOString();
  const applied = await updateDeviceState({
    buildingId: ctx.buildingId,
    deviceId: ctx.deviceId,
    state,
    stateAt,
    firmware,
  });
  const d = await lookupDevice(ctx.buildingId, ctx.deviceId);
  if (!d) {
    unknown(ctx, "state");
    return true;
  }
  if (!applied) {
    ctx.metrics.statesStale++;
    return true;
  }
  ctx.metrics.statesApplied++;
  await Promise.all([checkBattery(d, state, stateAt), recordStateReadings(d, state, stateAt)]);
  const device = {
    ...d,
    state,
    stateAt,
    online: true,
    lastSeenAt: stateAt,
    firmware: firmware ?? d.firmware,
  };
  publishLiveUpdate(
    ctx.buildingId,
    { type: "device", device: toDeviceDTO(device) },
    { heardByEveryInstance: true },
  );
  return true;
}

/**
 * `type: "alarm" | "telemetry"` on `…/events`, native or translated from a dialect: alarms and readings
 * (server/services/alarms). "malformed" when the payload is not a valid sensor event.
 */
export async function handleSensorEvent(ctx: Ctx, json: unknown) {
  const out = await ingestSensorEvent(ctx, json);
  if (out === "alarm") ctx.metrics.alarmsApplied++;
  else if (out === "telemetry") ctx.metrics.telemetryApplied++;
  else if (out === "telemetry_duplicate") ctx.metrics.telemetryDuplicate++;
  else if (out === "unknown_device") unknown(ctx, "sensor event");
  return out;
}

const ACK_STATUS = { ok: "acknowledged", rejected: "rejected", failed: "failed" } as const;

/**
 * Ends the command the ack is for, if it is still pending (conditional update: exactly one of the instances that
 * hear the ack, the waiter's timeout and the sweeper wins). Whoever wins records the outcome; every instance
 * hands the ended command to its local waiter, if it has one.
 */
export async function handleAck(ctx: Ctx, ack: AckMessage, waiters: CommandWaiters): Promise<void> {
  const ref = { buildingId: ctx.buildingId, deviceId: ctx.deviceId, commandId: ack.commandId };
  const ended = await finishCommand({
    ...ref,
    status: ACK_STATUS[ack.status],
    reason: ack.reason ?? null,
    resultState: ack.state ?? null,
  });
  if (ended) {
    ctx.metrics.acksApplied++;
    waiters.resolve(ended);
    await commandEnded(ended);
    return;
  }
  const current = await findCommand(ref);
  if (!current) return unknown(ctx, `ack for unknown command ${ack.commandId.slice(0, 64)}`);
  ctx.metrics.acksLate++;
  if (current.status !== "pending") waiters.resolve(current);
}

function unknown(ctx: Ctx, what: string) {
  ctx.metrics.unknownDevice++;
  logger.warn("mqtt message for unknown device", {
    buildingId: ctx.buildingId,
    deviceId: ctx.deviceId,
    what,
  });
}
