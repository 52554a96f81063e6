import { describe, expect, it } from "vitest";
import { downsample, rangeWindow, telemetryMessageSchema } from "./telemetry";

describe("downsample", () => {
  const now = new Date("2026-12-03T14:07:00Z");

  it("gives min, avg and max per bucket, aligned to the bucket grid, leaving empty buckets out", () => {
    const w = rangeWindow("24h", now);
    // 24 h of 15-minute buckets ending with the bucket that holds `now`
    expect(w.from.toISOString()).toBe("2026-12-02T14:15:00.000Z");
    const series = downsample(
      [
        { at: "2026-12-03T13:01:00Z", values: { temperature: 20, humidity: 40 } },
        { at: "2026-12-03T13:05:00Z", values: { temperature: 22 } },
        { at: "2026-12-03T13:14:59Z", values: { temperature: 24 } },
        { at: "2026-12-03T13:15:00Z", values: { temperature: 30 } },
        { at: "2026-12-01T00:00:00Z", values: { temperature: -50 } }, // before the range
      ],
      w,
    );
    expect(series.map((s) => s.metric)).toEqual(["humidity", "temperature"]);
    const t = series[1];
    expect(t.buckets).toEqual([
      { at: "2026-12-03T13:00:00.000Z", min: 20, avg: 22, max: 24, count: 3 },
      { at: "2026-12-03T13:15:00.000Z", min: 30, avg: 30, max: 30, count: 1 },
    ]);
    expect(t.last).toEqual({ at: "2026-12-03T13:15:00.000Z", value: 30 });
    expect(series[0].buckets).toEqual([
      { at: "2026-12-03T13:00:00.000Z", min: 40, avg: 40, max: 40, count: 1 },
    ]);
  });

  it("uses hours for 7 days and 6 hours for 30 days", () => {
    const week = rangeWindow("7d", now);
    const month = rangeWindow("30d", now);
    expect(week.bucketMs).toBe(3600_000);
    expect(month.bucketMs).toBe(6 * 3600_000);
    const readings = [
      { at: "2026-12-03T01:00:00Z", values: { battery: 80 } },
      { at: "2026-12-03T05:59:00Z", values: { battery: 78 } },
      { at: "2026-12-03T06:00:00Z", values: { battery: 77 } },
    ];
    const [b] = downsample(readings, month);
    expect(b.buckets.map((x) => [x.at, x.min, x.max, x.count])).toEqual([
      ["2026-12-03T00:00:00.000Z", 78, 80, 2],
      ["2026-12-03T06:00:00.000Z", 77, 77, 1],
    ]);
    expect(downsample(readings, week)[0].buckets).toHaveLength(3);
  });
});

describe("telemetry message", () => {
  const base = { eventId: "e1", type: "telemetry", ts: "2026-12-03T14:00:00Z" };
  it("takes named numeric readings and refuses strings, odd names, none or too many", () => {
    expect(telemetryMessageSchema.safeParse({ ...base, readings: { temperature: 21.4 } }).success).toBe(true);
    expect(telemetryMessageSchema.safeParse({ ...base, readings: { temperature: "21" } }).success).toBe(
      false,
    );
    expect(telemetryMessageSchema.safeParse({ ...base, readings: { "Bad Name": 1 } }).success).toBe(false);
    expect(telemetryMessageSchema.safeParse({ ...base, readings: {} }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`m${i}`, i]));
    expect(telemetryMessageSchema.safeParse({ ...base, readings: many }).success).toBe(false);
  });
});
