import "server-only";
import { createHash } from "node:crypto";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { encodeTime } from "ulid";
import type { AccessLog } from "@/lib/domain/access-log";
import { todayIn } from "@/lib/domain/stay-dates";
import { accessLogItem } from "./access-logs";
import { db, tableName } from "./client";

/** A log to store, with its building's retention and time zone (the day counters count the building's days). */
export type AccessLogEntry = { log: AccessLog; retentionDays: number; timeZone: string };

/** BatchWriteItem's limit: the ingestor's flushes are cut at it (more would only be split here). */
export const MAX_LOGS_PER_BATCH = 25;

/**
 * Stores a batch of door events, each exactly once, with plain idempotent puts (one BatchWriteItem):
 * - the item's key is the device's event id (keys.accessLog), so a redelivered MQTT message or a second app
 *   instance writes the same item again, never a second one;
 * - the record is a function of the event (its `id` derives from the event, see accessLogId), so writing it again
 *   leaves the same item;
 * - the day counters are not bumped here: the table's stream records one INSERT per new item (a rewrite is a
 *   MODIFY, or no record at all when nothing changed), and access-count-stream.ts counts the INSERTs of items
 *   carrying `countOn` exactly once. Issue 19: the conditional puts and the counter in one transaction cost
 *   3–5× a plain BatchWriteItem on DynamoDB Local.
 * Unprocessed items (throttling on AWS) are written again with backoff until none is left.
 */
export async function putAccessLogs({
  entries,
}: {
  entries: AccessLogEntry[];
}): Promise<{ stored: AccessLog[]; duplicates: number }> {
  if (entries.length > MAX_LOGS_PER_BATCH) throw new Error(`At most ${MAX_LOGS_PER_BATCH} logs per batch`);
  // the same event twice in one request is refused by BatchWriteItem: keep the first
  const unique = new Map<string, AccessLogEntry>();
  for (const e of entries) {
    const k = `${e.log.buildingId}/${e.log.deviceId}/${e.log.eventId}`;
    if (!unique.has(k)) unique.set(k, e);
  }
  const stored = [...unique.values()].map((e) => ({ ...e, log: { ...e.log, id: accessLogId(e.log) } }));
  let pending: Record<string, unknown>[] = stored.map((e) => ({ PutRequest: { Item: countedItem(e) } }));
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1_000, 25 * 2 ** attempt)));
    const out = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
    pending = out.UnprocessedItems?.[tableName()] ?? [];
  }
  return { stored: stored.map((e) => e.log), duplicates: entries.length - stored.length };
}

/** The stored item of a live event: the log plus `countOn`, the building-local day the stream counts it on. */
export function countedItem(e: AccessLogEntry) {
  return { ...accessLogItem(e), countOn: accessCounterDay(e.log.ts, e.timeZone) };
}

/**
 * A log's id as a function of its event: a ULID whose time is the event's and whose randomness is a hash of
 * (building, device, event id). A redelivered event therefore rewrites the very same record.
 */
export function accessLogId(log: Pick<AccessLog, "buildingId" | "deviceId" | "eventId" | "ts">): string {
  const h = createHash("sha256").update(`${log.buildingId}/${log.deviceId}/${log.eventId}`).digest();
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let rand = "";
  for (let i = 0; i < 16; i++) rand += alphabet[h[i] % 32];
  return encodeTime(Math.max(0, Date.parse(log.ts)), 10) + rand;
}

/** The building-local day a door event counts on (the dashboard and access charts show the building's days). */
export const accessCounterDay = (ts: string, timeZone: string) => todayIn(timeZone, new Date(ts));
