import { describe, expect, it } from "vitest";
import { countAccessLogs } from "@/test/device-fixtures";
import { makeAccessLog, newBuildingId } from "@/test/fixtures";
import { catchUpAccessCounts } from "./access-count-stream";
import { putAccessLogs } from "./access-log-batch";
import { getAccessCountsByDay } from "./access-logs";

describe("putAccessLogs", () => {
  it("stores parallel batches once each, a redelivery wave rewrites the same items, counts exactly", async () => {
    const b = newBuildingId();
    const day = new Date().toISOString().slice(0, 10);
    const dayStart = Date.parse(`${day}T00:00:00.000Z`);
    const logs = Array.from({ length: 300 }, (_, i) =>
      makeAccessLog(b, {
        deviceId: "dev_batch",
        // recent: DynamoDB Local's TTL sweeper deletes logs older than their retention
        ts: new Date(dayStart + i * 1000).toISOString(),
        result: i % 3 ? "granted" : "denied",
      }),
    );
    // parallel batches, then every other log again (a redelivery wave) in parallel batches
    const write = async (list: typeof logs) => {
      const batches: (typeof logs)[] = [];
      for (let i = 0; i < list.length; i += 25) batches.push(list.slice(i, i + 25));
      // four flushes at a time, as the ingestor runs them
      const out: Awaited<ReturnType<typeof putAccessLogs>>[] = [];
      for (let i = 0; i < batches.length; i += 4) {
        const group = batches.slice(i, i + 4);
        out.push(
          ...(await Promise.all(
            group.map((batch) =>
              putAccessLogs({ entries: batch.map((log) => ({ log, retentionDays: 30, timeZone: "UTC" })) }),
            ),
          )),
        );
      }
      return out;
    };
    // the wave runs while two stream readers count, as two app instances would
    await write(logs);
    await Promise.all([write(logs.filter((_, i) => i % 2)), catchUpAccessCounts(), catchUpAccessCounts()]);
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    expect(await countAccessLogs(b, "dev_batch")).toBe(300);
    const counts = await getAccessCountsByDay({ buildingId: b, fromDay: day, toDay: day });
    expect(counts).toEqual([{ day, total: 300, granted: 200, denied: 100 }]);
  });
});

describe("day counters in the building's time zone", () => {
  it("counts an evening event in New York on New York's day, not the UTC one", async () => {
    const b = newBuildingId();
    const now = Date.now();
    // 01:30 UTC is the previous evening in New York (20:30 or 21:30): a different day
    const utcDay = new Date(now - 86_400_000).toISOString().slice(0, 10);
    const ts = `${utcDay}T01:30:00.000Z`;
    const nyDay = new Date(Date.parse(ts) - 86_400_000).toISOString().slice(0, 10);
    await putAccessLogs({
      entries: [
        {
          log: makeAccessLog(b, { ts, eventId: "evening-ny" }),
          retentionDays: 30,
          timeZone: "America/New_York",
        },
        { log: makeAccessLog(b, { ts, eventId: "same-in-utc" }), retentionDays: 30, timeZone: "UTC" },
      ],
    });
    await catchUpAccessCounts();
    const counts = await getAccessCountsByDay({ buildingId: b, fromDay: nyDay, toDay: utcDay });
    expect(counts.map((c) => [c.day, c.total])).toEqual([
      [nyDay, 1],
      [utcDay, 1],
    ]);
  });
});
