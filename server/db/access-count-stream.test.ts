import { randomUUID } from "node:crypto";
import type { _Record as StreamRecord } from "@aws-sdk/client-dynamodb-streams";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { makeAccessLog, newBuildingId } from "@/test/fixtures";
import { catchUpAccessCounts, countRecords } from "./access-count-stream";
import { type AccessLogEntry, putAccessLogs } from "./access-log-batch";
import { accessLogItem, getAccessCountsByDay, listAccessLogsByDayRange } from "./access-logs";
import { db, tableName } from "./client";

const chunk = <T>(xs: T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

async function rows(buildingId: string, from: string, to: string) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listAccessLogsByDayRange>> = await listAccessLogsByDayRange({
      buildingId,
      from,
      to,
      limit: 200,
      cursor,
    });
    seen.push(...page.items.map((l) => l.eventId));
    cursor = page.cursor;
  } while (cursor);
  return seen;
}

describe("access-day counters from the table's stream (DynamoDB Local Streams)", () => {
  it("counts each event once when it is written several times, in other batches, with readers running at once", async () => {
    const b = newBuildingId();
    const entries: AccessLogEntry[] = Array.from({ length: 60 }, (_, i) => ({
      log: makeAccessLog(b, {
        deviceId: `dev_${i % 3}`,
        // two building-local days in Lisbon (WEST, UTC+1 in May): 23:30Z on the 1st is the 2nd there
        ts: i < 40 ? "2026-05-01T12:00:00.000Z" : "2026-05-01T23:30:00.000Z",
        result: i % 4 === 0 ? "denied" : "granted",
      }),
      retentionDays: 30,
      timeZone: "Europe/Lisbon",
    }));
    // first delivery in batches of 25, at once; a reader starts while they are being written
    const early = catchUpAccessCounts();
    await Promise.all(chunk(entries, 25).map((e) => putAccessLogs({ entries: e })));
    // redelivery: every event again, cut differently, from "another instance" (new ulids, same events)
    const again = entries.map((e) => ({ ...e, log: { ...e.log, id: `other_${e.log.eventId}` } }));
    await Promise.all([
      ...chunk(again.slice(0, 30), 7).map((e) => putAccessLogs({ entries: e })),
      ...chunk(again.slice(30), 11).map((e) => putAccessLogs({ entries: e })),
      catchUpAccessCounts(),
    ]);
    await early;
    // three readers over the same records at once, then one more after them: nothing counted twice
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts(), catchUpAccessCounts()]);
    await catchUpAccessCounts();

    const stored = await rows(b, "2026-05-01T00:00:00.000Z", "2026-05-01T23:59:59.999Z");
    expect(stored).toHaveLength(60);
    expect(new Set(stored).size).toBe(60);
    const counts = await getAccessCountsByDay({ buildingId: b, fromDay: "2026-05-01", toDay: "2026-05-02" });
    expect(counts).toEqual([
      { day: "2026-05-01", total: 40, granted: 30, denied: 10 },
      { day: "2026-05-02", total: 20, granted: 15, denied: 5 },
    ]);
    // a rewrite leaves the very same record (its id derives from the event)
    const [first] = (
      await listAccessLogsByDayRange({
        buildingId: b,
        from: "2026-05-01T00:00:00.000Z",
        to: "2026-05-01T23:59:59.999Z",
        limit: 1,
      })
    ).items;
    expect(first.id).not.toMatch(/^other_/);
    expect(first).not.toHaveProperty("countOn");
  });

  it("does not count what bulk loads wrote with their own counters (no countOn)", async () => {
    const b = newBuildingId();
    const logs = Array.from({ length: 5 }, () => makeAccessLog(b, { ts: "2026-05-03T10:00:00.000Z" }));
    await db().send(
      new BatchWriteCommand({
        RequestItems: {
          [tableName()]: logs.map((log) => ({
            PutRequest: { Item: accessLogItem({ log, retentionDays: 9 }) },
          })),
        },
      }),
    );
    await putAccessLogs({
      entries: [
        { log: makeAccessLog(b, { ts: "2026-05-03T11:00:00.000Z" }), retentionDays: 9, timeZone: "UTC" },
      ],
    });
    await catchUpAccessCounts();
    const [day] = await getAccessCountsByDay({ buildingId: b, fromDay: "2026-05-03", toDay: "2026-05-03" });
    expect(day.total).toBe(1);
  });

  it("a page handed again, or overlapping pages of two readers, is counted once (the checkpoint's condition)", async () => {
    const b = newBuildingId();
    const shard = `shardId-test-${randomUUID()}`;
    const insert = (seq: number, result = "granted"): StreamRecord => ({
      eventName: "INSERT",
      dynamodb: {
        SequenceNumber: `1${String(seq).padStart(20, "0")}`,
        NewImage: {
          buildingId: { S: b },
          result: { S: result },
          countOn: { S: "2026-05-04" },
          ttl: { N: "1900000000" },
        },
      },
    });
    const modify = (seq: number): StreamRecord => ({ ...insert(seq), eventName: "MODIFY" });
    const seqOf = (seq: number) => `1${String(seq).padStart(20, "0")}`;
    // two readers from the shard's start, one with a longer page, and the first page handed twice
    const short = [insert(1), insert(2), modify(3), insert(4, "denied")];
    const long = [...short, insert(5), insert(6)];
    const out = await Promise.all([
      countRecords(shard, short),
      countRecords(shard, long),
      countRecords(shard, short),
    ]);
    await countRecords(shard, [insert(5), insert(6)], seqOf(4)); // a page after seq 4, redelivered late
    const [day] = await getAccessCountsByDay({ buildingId: b, fromDay: "2026-05-04", toDay: "2026-05-04" });
    expect(day).toEqual({ day: "2026-05-04", total: 5, granted: 4, denied: 1 }); // the INSERTs 1, 2, 4, 5, 6
    expect(out.filter((o) => o.overtaken).length).toBeGreaterThanOrEqual(2);
  });
});
