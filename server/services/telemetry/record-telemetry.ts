import "server-only";
import { type Device, protocolOf } from "@/lib/domain/device";
import { batteryReadingOfState, telemetryMessageSchema } from "@/lib/domain/telemetry";
import { storeReadings } from "../../db/telemetry";
import { lookupDevice, lookupTelemetryRetention } from "../../mqtt/lookups";

type Where = { buildingId: string; deviceId: string };
export type TelemetryOutcome = "stored" | "duplicate" | "malformed" | "unknown_device";

/**
 * A `type: "telemetry"` event (native, or translated by a dialect adapter): its readings are stored once per
 * event id in the device's hour item, kept for the building's `alarms.telemetryRetentionDays` (DynamoDB TTL).
 * Device events have no person behind them, so this is an ingest entry point, not an actor's operation.
 */
export async function recordTelemetry(where: Where, json: unknown): Promise<TelemetryOutcome> {
  return (await storeTelemetryEvent(where, json)).outcome;
}

/** The same, with the device and the reading it stored (for the thresholds the alarms judge it against). */
export async function storeTelemetryEvent(
  where: Where,
  json: unknown,
): Promise<{
  outcome: TelemetryOutcome;
  device?: Device;
  reading?: { eventId: string; at: string; values: Record<string, number> };
}> {
  const msg = telemetryMessageSchema.safeParse(json);
  if (!msg.success) return { outcome: "malformed" };
  const device = await lookupDevice(where.buildingId, where.deviceId);
  if (!device) return { outcome: "unknown_device" };
  const reading = {
    eventId: msg.data.eventId,
    at: new Date(msg.data.ts).toISOString(),
    values: msg.data.readings,
  };
  const stored = await storeReadings({
    ...where,
    ...reading,
    retentionDays: await lookupTelemetryRetention(where.buildingId),
  });
  return { outcome: stored ? "stored" : "duplicate", device, reading };
}

/**
 * A native device's applied state with a `battery`: stored as a reading (event id derived from the state's time,
 * so the same state heard twice is stored once), which gives locks their battery trend.
 */
export async function recordStateReadings(device: Device, state: Record<string, unknown>, stateAt: string) {
  if (protocolOf(device) !== "buildingos") return false;
  const values = batteryReadingOfState(state);
  if (!values) return false;
  return storeReadings({
    buildingId: device.buildingId,
    deviceId: device.id,
    eventId: `state-${stateAt}`,
    at: stateAt,
    values,
    retentionDays: await lookupTelemetryRetention(device.buildingId),
  });
}
