import { z } from "zod";
import { timestampSchema } from "./common";
import { TELEMETRY_RANGES, type TelemetryRange } from "./telemetry-constants";

// values without schemas live in telemetry-constants.ts (client components import them from there)
export * from "./telemetry-constants";

/** A reading's name: `temperature`, `humidity`, `battery`… (lower case, bounded, so it can be an attribute name). */
export const metricNameSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
export const MAX_READINGS_PER_EVENT = 20;

/** Wire payload on `…/events`, telemetry type (native contract; the hardware dialects map onto it). */
export const telemetryMessageSchema = z.object({
  eventId: z.string().min(1).max(128),
  type: z.literal("telemetry"),
  readings: z.record(metricNameSchema, z.number().finite()).refine((r) => {
    const n = Object.keys(r).length;
    return n >= 1 && n <= MAX_READINGS_PER_EVENT;
  }, `1 to ${MAX_READINGS_PER_EVENT} readings`),
  ts: timestampSchema,
});
export type TelemetryMessage = z.infer<typeof telemetryMessageSchema>;

/** One stored reading event: when, and the values it carried. */
export type Reading = { at: string; values: Record<string, number> };

export const telemetryQuerySchema = z.object({
  range: z
    .enum(["24h", "7d", "30d"])
    .default("24h")
    .describe("How far back: 24 h in 15-minute buckets, 7 d in hours, 30 d in 6-hour buckets."),
});

export const telemetryBucketSchema = z.object({
  /** start of the bucket */
  at: timestampSchema,
  min: z.number(),
  avg: z.number(),
  max: z.number(),
  count: z.number().int().min(1),
});
export type TelemetryBucket = z.infer<typeof telemetryBucketSchema>;

export const telemetrySeriesSchema = z.object({
  metric: z.string(),
  /** oldest first; a bucket without readings is left out (a gap, not a zero) */
  buckets: z.array(telemetryBucketSchema),
  /** the newest reading in the range */
  last: z.object({ at: timestampSchema, value: z.number() }).nullable(),
});
export type TelemetrySeries = z.infer<typeof telemetrySeriesSchema>;

export const deviceTelemetrySchema = z.object({
  deviceId: z.string(),
  range: z.enum(["24h", "7d", "30d"]),
  from: timestampSchema,
  to: timestampSchema,
  bucketSeconds: z.number().int(),
  series: z.array(telemetrySeriesSchema),
});
export type DeviceTelemetry = z.infer<typeof deviceTelemetrySchema>;

/** Start of the window of `range` ending at `now`, aligned down to a bucket so buckets do not slide. */
export function rangeWindow(range: TelemetryRange, now: Date): { from: Date; to: Date; bucketMs: number } {
  const { spanMs, bucketMs } = TELEMETRY_RANGES[range];
  const end = Math.floor(now.getTime() / bucketMs) * bucketMs + bucketMs;
  return { from: new Date(end - spanMs), to: now, bucketMs };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Downsamples readings to min/avg/max per bucket, one series per metric (sorted by name). Readings outside
 * [from, to] are ignored. Pure: the API and the tests share it.
 */
export function downsample(
  readings: Reading[],
  { from, to, bucketMs }: { from: Date; to: Date; bucketMs: number },
): TelemetrySeries[] {
  type Acc = { min: number; max: number; sum: number; count: number };
  const byMetric = new Map<string, Map<number, Acc>>();
  const last = new Map<string, { at: string; value: number }>();
  const lo = from.getTime();
  const hi = to.getTime();
  for (const r of readings) {
    const t = Date.parse(r.at);
    if (!(t >= lo && t <= hi)) continue;
    const bucket = lo + Math.floor((t - lo) / bucketMs) * bucketMs;
    for (const [metric, value] of Object.entries(r.values)) {
      if (!Number.isFinite(value)) continue;
      const buckets = byMetric.get(metric) ?? new Map<number, Acc>();
      byMetric.set(metric, buckets);
      const a = buckets.get(bucket);
      if (a) {
        a.min = Math.min(a.min, value);
        a.max = Math.max(a.max, value);
        a.sum += value;
        a.count++;
      } else buckets.set(bucket, { min: value, max: value, sum: value, count: 1 });
      const prev = last.get(metric);
      if (!prev || Date.parse(prev.at) <= t) last.set(metric, { at: new Date(t).toISOString(), value });
    }
  }
  return [...byMetric.keys()].sort().map((metric) => ({
    metric,
    buckets: [...(byMetric.get(metric) as Map<number, Acc>).entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, a]) => ({
        at: new Date(start).toISOString(),
        min: round(a.min),
        avg: round(a.sum / a.count),
        max: round(a.max),
        count: a.count,
      })),
    last: last.get(metric) ?? null,
  }));
}

/**
 * A native device's stored state carries its `battery`: the state path records it as a reading, so a lock that
 * never sends telemetry still has a battery trend. (Dialect adapters already send battery as telemetry.)
 */
export function batteryReadingOfState(state: Record<string, unknown>): Record<string, number> | null {
  const v = state.battery;
  return typeof v === "number" && Number.isFinite(v) ? { battery: v } : null;
}
