import { describe, expect, it } from "vitest";
import { makeAccessLog, newBuildingId } from "@/test/fixtures";
import { catchUpAccessCounts } from "./access-count-stream";
import {
  getAccessCountsByDay,
  listAccessLogsByDayRange,
  listAccessLogsByDevice,
  listAccessLogsByUnit,
  putAccessLog,
} from "./access-logs";

const b = newBuildingId();

describe("access logs", () => {
  it("stores an event once per eventId and counts it once", async () => {
    const log = makeAccessLog(b, { ts: "2026-05-01T10:00:00.000Z", deviceId: "dev_once" });
    await Promise.all([
      putAccessLog({ log, retentionDays: 30, timeZone: "UTC" }),
      putAccessLog({ log: { ...log, id: "another_id" }, retentionDays: 30, timeZone: "UTC" }),
      putAccessLog({ log, retentionDays: 30, timeZone: "UTC" }),
    ]);
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    const page = await listAccessLogsByDevice({ buildingId: b, deviceId: "dev_once" });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].ttl).toBe(Date.parse(log.ts) / 1000 + 30 * 86_400);
    expect(page.items[0]).not.toHaveProperty("gsi3pk");
    const counts = await getAccessCountsByDay({ buildingId: b, fromDay: "2026-05-01", toDay: "2026-05-01" });
    expect(counts).toEqual([{ day: "2026-05-01", total: 1, granted: 1, denied: 0 }]);
  });

  it("lists by device, unit and day range with time bounds, newest first, every item once", async () => {
    const bb = newBuildingId();
    const logs = Array.from({ length: 30 }, (_, i) =>
      makeAccessLog(bb, {
        deviceId: i % 2 ? "dev_a" : "dev_b",
        unitId: i % 2 ? "unit_a" : null,
        // three days, ten events each, hours 00..09
        ts: `2026-06-0${1 + Math.floor(i / 10)}T0${i % 10}:00:00.000Z`,
        result: i % 5 === 0 ? "denied" : "granted",
      }),
    );
    for (const log of logs) await putAccessLog({ log, retentionDays: 90, timeZone: "UTC" });

    const devA = await listAccessLogsByDevice({ buildingId: bb, deviceId: "dev_a", limit: 200 });
    expect(devA.items).toHaveLength(15);
    expect(devA.items[0].ts > devA.items[14].ts).toBe(true);
    const day2 = await listAccessLogsByUnit({
      buildingId: bb,
      unitId: null,
      from: "2026-06-02T00:00:00.000Z",
      to: "2026-06-02T23:59:59.999Z",
    });
    expect(day2.items.map((l) => l.ts.slice(0, 10))).toEqual(Array(5).fill("2026-06-02"));
    const denied = await listAccessLogsByDevice({
      buildingId: bb,
      deviceId: "dev_b",
      result: "denied",
      limit: 200,
    });
    expect(denied.items.every((l) => l.result === "denied")).toBe(true);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAccessLogsByDayRange>> = await listAccessLogsByDayRange({
        buildingId: bb,
        from: "2026-06-01T00:00:00.000Z",
        to: "2026-06-03T23:59:59.999Z",
        limit: 7,
        cursor,
      });
      seen.push(...page.items.map((l) => l.ts));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect([...seen].sort().reverse()).toEqual(seen);

    await catchUpAccessCounts();
    const counts = await getAccessCountsByDay({ buildingId: bb, fromDay: "2026-06-01", toDay: "2026-06-03" });
    expect(counts.map((c) => [c.day, c.total, c.denied])).toEqual([
      ["2026-06-01", 10, 2],
      ["2026-06-02", 10, 2],
      ["2026-06-03", 10, 2],
    ]);
  });
});
