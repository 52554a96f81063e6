import "server-only";
import { alarmMessageSchema } from "@/lib/domain/alarm";
import { DEFAULT_ALARM_SETTINGS } from "@/lib/domain/alarm-rules";
import type { Device } from "@/lib/domain/device";
import { findBuilding } from "../../db/buildings";
import { lookupDevice } from "../../mqtt/lookups";
import { storeTelemetryEvent } from "../telemetry/record-telemetry";
import { checkThresholds } from "./check-thresholds";
import { clearFromDevice } from "./clear-from-device";
import { raiseAlarm } from "./raise-alarm";

export { clearFromDevice };

type Where = { buildingId: string; deviceId: string };
export type SignalOutcome = "alarm" | "telemetry" | "telemetry_duplicate" | "malformed" | "unknown_device";

/**
 * The one entry point of the MQTT ingest path for sensor events (`type: "alarm" | "telemetry"`), whichever
 * dialect they arrived in: the adapters translate to the native shapes and hand them here.
 */
export async function ingestSensorEvent(where: Where, json: unknown): Promise<SignalOutcome> {
  const type = (json as { type?: unknown } | null)?.type;
  if (type === "telemetry") {
    const { outcome: out, device, reading } = await storeTelemetryEvent(where, json);
    // a redelivery is judged again too: a crash between storing and judging is made good, and the alarm
    // counts each event id once
    if (device && reading) await checkThresholds(device, reading);
    return out === "stored" ? "telemetry" : out === "duplicate" ? "telemetry_duplicate" : out;
  }
  const msg = alarmMessageSchema.safeParse(json);
  if (!msg.success) return "malformed";
  const device = await lookupDevice(where.buildingId, where.deviceId);
  if (!device) return "unknown_device";
  const m = msg.data;
  const at = new Date(m.ts).toISOString();
  if (m.active) await raiseAlarm({ device, cause: m.cause, at, eventId: m.eventId, value: m.value ?? null });
  else await clearFromDevice(device, m.cause, at);
  return "alarm";
}

/** A stored state with a `battery` percentage: below the building's threshold raises `battery_low`. */
export async function checkBattery(device: Device, state: Record<string, unknown>, stateAt: string) {
  const battery = state.battery;
  if (typeof battery !== "number" || !Number.isFinite(battery)) return;
  const b = await findBuilding({ buildingId: device.buildingId });
  const threshold = b?.config.alarms?.batteryLowPercent ?? DEFAULT_ALARM_SETTINGS.batteryLowPercent;
  if (battery < threshold) {
    await raiseAlarm({
      device,
      cause: "battery_low",
      at: stateAt,
      eventId: `battery-${stateAt}`,
      value: battery,
    });
  } else if (battery >= threshold + 5) {
    // a little above the threshold, so a battery hovering around it does not open and clear all day
    await clearFromDevice(device, "battery_low", stateAt);
  }
}
