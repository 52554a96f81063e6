import { z } from "zod";
import type { DeviceType } from "./device";

/** The readings a building can bound (issue 16): each out-of-range one is an alarm cause of the same name. */
export const THRESHOLD_METRICS = ["temperature", "humidity"] as const;
export type ThresholdMetric = (typeof THRESHOLD_METRICS)[number];

const bound = z.number().finite().min(-100).max(200).nullable();
/** A range; a null end is unbounded. `min` below `max` when both are given. */
export const thresholdRangeSchema = z
  .object({ min: bound, max: bound })
  .strict()
  .refine((r) => r.min === null || r.max === null || r.min < r.max, {
    path: ["max"],
    message: "Must be above the minimum",
  });
export type ThresholdRange = z.infer<typeof thresholdRangeSchema>;

const deviceOverrideSchema = z
  .object({ temperature: thresholdRangeSchema.optional(), humidity: thresholdRangeSchema.optional() })
  .strict();

/** `alarms.thresholds`: the building's ranges, the dead band that clears them, and per-device overrides. */
export const thresholdSettingsSchema = z.object({
  /** °C */
  temperature: thresholdRangeSchema,
  /** % relative humidity */
  humidity: thresholdRangeSchema,
  /**
   * How far back inside the range a reading must come before the alarm clears, so a reading dancing at the
   * edge (31.9, 32.1, 31.9…) opens one alarm and keeps it, instead of opening and clearing all day.
   */
  hysteresis: z
    .object({ temperature: z.number().min(0).max(10), humidity: z.number().min(0).max(30) })
    .strict(),
  /** per device id: its own range for a metric (e.g. a freezer room, a sauna); others follow the building */
  devices: z
    .record(z.string().min(1).max(64), deviceOverrideSchema)
    .refine((d) => Object.keys(d).length <= 500, "At most 500 devices"),
});
export type ThresholdSettings = z.infer<typeof thresholdSettingsSchema>;

export const DEFAULT_THRESHOLDS: ThresholdSettings = {
  temperature: { min: 10, max: 32 },
  humidity: { min: null, max: 85 },
  hysteresis: { temperature: 1, humidity: 5 },
  devices: {},
};

/**
 * The devices whose room readings the building's ranges apply to. A relay's or a lock's own temperature (a
 * Shelly reports its chip's) is not the room's: those are bounded only by a per-device override.
 */
const AMBIENT: readonly DeviceType[] = ["sensor", "thermostat"];

/** The range for one device and metric: its override, else the building's (ambient devices only), else none. */
export function thresholdFor(
  settings: ThresholdSettings | undefined,
  device: { id: string; type: DeviceType },
  metric: ThresholdMetric,
): ThresholdRange | null {
  const s = settings ?? DEFAULT_THRESHOLDS;
  const own = s.devices?.[device.id]?.[metric];
  if (own) return own;
  return AMBIENT.includes(device.type) ? (s[metric] ?? null) : null;
}

/**
 * Where a reading stands: `out` beyond an end (raise, or count a repeat); `in` back inside by at least the
 * hysteresis (clear); `edge` inside but within the band (leave whatever is open as it is).
 */
export function judgeReading(
  value: number,
  range: ThresholdRange,
  hysteresis: number,
): "out" | "in" | "edge" {
  const { min, max } = range;
  if ((min !== null && value < min) || (max !== null && value > max)) return "out";
  const h = Math.max(0, hysteresis);
  if ((min !== null && value < min + h) || (max !== null && value > max - h)) return "edge";
  return "in";
}
