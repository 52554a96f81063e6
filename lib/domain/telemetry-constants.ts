/**
 * Telemetry ranges: values without schemas. Client components import them from here, so zod stays out of
 * their bundles; telemetry.ts re-exports them for server code.
 */

/** The ranges a chart offers, each with the bucket width it is drawn at (min/avg/max per bucket). */
export const TELEMETRY_RANGES = {
  "24h": { spanMs: 24 * 3600_000, bucketMs: 15 * 60_000 },
  "7d": { spanMs: 7 * 24 * 3600_000, bucketMs: 3600_000 },
  "30d": { spanMs: 30 * 24 * 3600_000, bucketMs: 6 * 3600_000 },
} as const;
export type TelemetryRange = keyof typeof TELEMETRY_RANGES;
export const TELEMETRY_RANGE_NAMES = Object.keys(TELEMETRY_RANGES) as TelemetryRange[];
