import "server-only";
import { alarmSetting } from "@/lib/domain/alarm-rules";
import { judgeReading, THRESHOLD_METRICS, thresholdFor } from "@/lib/domain/alarm-thresholds";
import type { Device } from "@/lib/domain/device";
import { lookupAlarmSettings } from "../../mqtt/lookups";
import { clearFromDevice } from "./clear-from-device";
import { raiseAlarm } from "./raise-alarm";

/** A reading older than this is history (a replay, a device catching up): it neither raises nor clears. */
const STALE_MS = 15 * 60_000;

export type ThresholdOutcome = Partial<Record<(typeof THRESHOLD_METRICS)[number], "out" | "in" | "edge">>;

/**
 * Judges a telemetry event's temperature and humidity against the building's ranges (a device's own override
 * first): beyond a range raises the `temperature` / `humidity` alarm of the device, or counts a repeat of the
 * open one (once per event id, so a redelivery changes nothing); back inside by the hysteresis clears it; inside
 * the band leaves it as it is. Device-reported and threshold alarms share one record per device and cause.
 */
export async function checkThresholds(
  device: Pick<Device, "id" | "buildingId" | "unitId" | "name" | "type">,
  reading: { eventId: string; at: string; values: Record<string, number> },
  now = new Date(),
): Promise<ThresholdOutcome> {
  const out: ThresholdOutcome = {};
  if (now.getTime() - Date.parse(reading.at) > STALE_MS) return out;
  const metrics = THRESHOLD_METRICS.filter((m) => typeof reading.values[m] === "number");
  if (!metrics.length) return out;
  const thresholds = alarmSetting(await lookupAlarmSettings(device.buildingId), "thresholds");
  for (const metric of metrics) {
    const range = thresholdFor(thresholds, device, metric);
    if (!range) continue;
    const value = reading.values[metric];
    const verdict = judgeReading(value, range, thresholds.hysteresis?.[metric] ?? 0);
    out[metric] = verdict;
    if (verdict === "out") {
      await raiseAlarm({
        device,
        cause: metric,
        at: reading.at,
        eventId: `${metric}-${reading.eventId}`,
        value,
      });
    } else if (verdict === "in") {
      await clearFromDevice(device, metric, reading.at);
    }
  }
  return out;
}
