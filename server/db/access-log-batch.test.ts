import { describe, expect, it } from "vitest";
import { countAccessLogs } from "@/test/device-fixtures";
import { makeAccessLog, newBuildingId } from "@/test/fixtures";
import { putAccessLogsOnce } from "./access-log-batch";
import { getAccessCountsByDay } from "./access-logs";

describe("putAccessLogsOnce", () => {
  it("stores parallel batches once each, refuses a redelivery wave, counts exactly", async () => {
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
      const out: Awaited<ReturnType<typeof putAccessLogsOnce>>[] = [];
      for (let i = 0; i < batches.length; i += 4) {
        const group = batches.slice(i, i + 4);
        out.push(
          ...(await Promise.all(
            group.map((batch, j) =>
              putAccessLogsOnce({
                entries: batch.map((log) => ({ log, retentionDays: 30, timeZone: "UTC" })),
                shard: j,
              }),
            ),
          )),
        );
      }
      return out;
    };
    const results = [...(await write(logs)), ...(await write(logs.filter((_, i) => i % 2)))];
    const stored = results.reduce((n, r) => n + r.stored.length, 0);
    const dups = results.reduce((n, r) => n + r.duplicates, 0);
    expect(stored).toBe(300);
    expect(dups).toBe(150);
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
    await putAccessLogsOnce({
      entries: [
        {
          log: makeAccessLog(b, { ts, eventId: "evening-ny" }),
          retentionDays: 30,
          timeZone: "America/New_York",
        },
        { log: makeAccessLog(b, { ts, eventId: "same-in-utc" }), retentionDays: 30, timeZone: "UTC" },
      ],
    });
    const counts = await getAccessCountsByDay({ buildingId: b, fromDay: nyDay, toDay: utcDay });
    expect(counts.map((c) => [c.day, c.total])).toEqual([
      [nyDay, 1],
      [utcDay, 1],
    ]);
  });
});
