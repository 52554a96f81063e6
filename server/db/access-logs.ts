import "server-only";
import type { AccessDayCount, AccessLog } from "@/lib/domain/access-log";
import { putAccessLogs } from "./access-log-batch";
import { toItem } from "./item";
import { keys } from "./keys";
import { queryAll } from "./query";

export { putAccessLogs } from "./access-log-batch";
export { listAccessLogsByDayRange, listAccessLogsByDevice, listAccessLogsByUnit } from "./access-log-queries";

const DAY_S = 86_400;

/**
 * Stores one door event once: the item's key is the device's event id and its content a function of the event,
 * so a redelivered MQTT message (QoS 1) or a second app instance writes the same item again, never a second one.
 * The day's counter counts the item's INSERT from the table's stream (access-count-stream.ts), once. `ttl` (epoch
 * seconds) expires the log after the building's retention. Bursts go through `putAccessLogs` (access-log-batch.ts).
 */
export async function putAccessLog(entry: {
  log: AccessLog;
  retentionDays: number;
  timeZone: string;
}): Promise<void> {
  await putAccessLogs({ entries: [entry] });
}

/** Epoch seconds at which DynamoDB may delete a log: event time plus the building's retention. */
export const accessLogTtl = (ts: string, retentionDays: number) =>
  Math.floor(Date.parse(ts) / 1000) + retentionDays * DAY_S;

/**
 * The stored log: the record with its `ttl`, keyed by event id, on the device (gsi1), unit (gsi2) and day (gsi3)
 * lists. Pure: `putAccessLog` writes it, bulk loads (the scale seed) batch-write the same item.
 */
export function accessLogItem({ log, retentionDays }: { log: AccessLog; retentionDays: number }) {
  const b = log.buildingId;
  const record = { ...log, ttl: accessLogTtl(log.ts, retentionDays) };
  return toItem(
    record,
    keys.accessLog(b, log.deviceId, log.eventId),
    keys.accessLogByDevice(b, log.deviceId, log.ts, log.eventId),
    keys.accessLogByUnit(b, log.unitId, log.ts, log.eventId),
    keys.accessLogByDay(b, log.ts, log.eventId),
  );
}

/**
 * A day's counter item as the bumps below leave it after `granted` + `denied` first writes (a result never seen
 * has no attribute; `ttl` is the first event's). For bulk loads that count a day's events up front.
 */
export function accessDayCounterItem(c: {
  buildingId: string;
  day: string;
  granted: number;
  denied: number;
  ttl: number;
}) {
  const counts = { ...(c.granted ? { granted: c.granted } : {}), ...(c.denied ? { denied: c.denied } : {}) };
  return toItem(
    { total: c.granted + c.denied, ...counts, day: c.day, ttl: c.ttl },
    keys.accessStats(c.buildingId, c.day),
  );
}

/** Per-day counts for [fromDay, toDay] inclusive, from the counter items (one small Query, no log reads). */
export async function getAccessCountsByDay({
  buildingId,
  fromDay,
  toDay,
}: {
  buildingId: string;
  fromDay: string;
  toDay: string;
}): Promise<AccessDayCount[]> {
  const items = await queryAll<{ day: string; total?: number; granted?: number; denied?: number }>({
    pk: keys.accessStats(buildingId, fromDay).pk,
    sk: {
      between: [keys.accessStats(buildingId, fromDay).sk, `${keys.accessStats(buildingId, toDay).sk}#\uffff`],
    },
  });
  // a day may have several counter items (shards): sum them, days in order
  const byDay = new Map<string, AccessDayCount>();
  for (const i of items) {
    const c = byDay.get(i.day) ?? { day: i.day, total: 0, granted: 0, denied: 0 };
    c.total += i.total ?? 0;
    c.granted += i.granted ?? 0;
    c.denied += i.denied ?? 0;
    byDay.set(i.day, c);
  }
  return [...byDay.values()];
}
