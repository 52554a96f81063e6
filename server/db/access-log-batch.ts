import "server-only";
import type { AccessLog } from "@/lib/domain/access-log";
import { todayIn } from "@/lib/domain/stay-dates";
import { accessLogItem } from "./access-logs";
import { keys } from "./keys";
import { TransactionRefused, transactWrite, tx } from "./write";

/** A log to store, with its building's retention and time zone (the day counters count the building's days). */
export type AccessLogEntry = { log: AccessLog; retentionDays: number; timeZone: string };

/** A transaction holds at most 100 items: logs plus one counter per (building, day) of the batch. */
export const MAX_LOGS_PER_BATCH = 90;

/**
 * Stores a batch of door events, each at most once, with the day counters bumped exactly once per stored log:
 * one TransactWriteItems puts every log conditionally (absent key = new event id) and ADDs the batch's counts to
 * each day's counter. When some logs already exist (a redelivery, another instance got there first) the database
 * cancels the transaction and says which: those are dropped and the rest written again. `shard` picks the counter
 * item, so parallel batches do not contend on one counter (see keys.accessStats).
 */
export async function putAccessLogsOnce({
  entries,
  shard,
}: {
  entries: AccessLogEntry[];
  shard?: number;
}): Promise<{ stored: AccessLog[]; duplicates: number }> {
  if (entries.length > MAX_LOGS_PER_BATCH) throw new Error(`At most ${MAX_LOGS_PER_BATCH} logs per batch`);
  // the same event twice in one batch would be two operations on one item: keep the first
  const unique = new Map<string, AccessLogEntry>();
  for (const e of entries) {
    const k = `${e.log.buildingId}/${e.log.deviceId}/${e.log.eventId}`;
    if (!unique.has(k)) unique.set(k, e);
  }
  let pending = [...unique.values()];
  let duplicates = entries.length - pending.length;
  while (pending.length) {
    const puts = pending.map((e) => tx.put(accessLogItem(e), "attribute_not_exists(pk)"));
    const counters = counterUpdates(pending, shard).map((u) => tx.update(u.Key, u));
    try {
      await transactWrite([...puts, ...counters]);
      return { stored: pending.map((e) => e.log), duplicates };
    } catch (e) {
      if (!(e instanceof TransactionRefused)) throw e;
      const failed = new Set(e.failedConditions.filter((i) => i < pending.length));
      const others = e.reasons.filter((r, i) => r !== "None" && !failed.has(i));
      if (!failed.size || others.length) throw e;
      duplicates += failed.size;
      pending = pending.filter((_, i) => !failed.has(i));
    }
  }
  return { stored: [], duplicates };
}

/** The building-local day a door event counts on (the dashboard and access charts show the building's days). */
export const accessCounterDay = (ts: string, timeZone: string) => todayIn(timeZone, new Date(ts));

function counterUpdates(entries: AccessLogEntry[], shard: number | undefined) {
  const days = new Map<
    string,
    { buildingId: string; day: string; granted: number; denied: number; ttl: number }
  >();
  for (const { log, retentionDays, timeZone } of entries) {
    const day = accessCounterDay(log.ts, timeZone);
    const k = `${log.buildingId}/${day}`;
    const c = days.get(k) ?? {
      buildingId: log.buildingId,
      day,
      granted: 0,
      denied: 0,
      ttl: accessLogItem({ log, retentionDays }).ttl,
    };
    c[log.result] += 1;
    days.set(k, c);
  }
  return [...days.values()].map((c) => ({
    Key: keys.accessStats(c.buildingId, c.day, shard),
    UpdateExpression:
      "ADD #total :total, #granted :granted, #denied :denied SET #day = :day, #ttl = if_not_exists(#ttl, :ttl)",
    ExpressionAttributeNames: {
      "#total": "total",
      "#granted": "granted",
      "#denied": "denied",
      "#day": "day",
      "#ttl": "ttl",
    },
    ExpressionAttributeValues: {
      ":total": c.granted + c.denied,
      ":granted": c.granted,
      ":denied": c.denied,
      ":day": c.day,
      ":ttl": c.ttl,
    },
  }));
}
