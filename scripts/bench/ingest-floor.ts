/**
 * Access-event ingestion's floor (issue 19, target 2), measured by the mqtt worker on the same DynamoDB Local as
 * the burst it is compared with: the very items ingestion stores (accessLogItem of the same logs), written raw
 * with BatchWriteItem, 25 a request, 8 requests in flight: no condition, no counter (the floor).
 * And `flushHops`, the split of a burst's time from the ingestor's flush timestamps.
 */
import { randomUUID } from "node:crypto";
import type { AccessLog } from "@/lib/domain/access-log";
import type { FlushTiming } from "@/server/mqtt/event-ingestor";

type Item = Record<string, unknown>;

/** `n` access logs of one door as the ingestor builds them (fresh event ids, a fake building of their own). */
export function floorLogs(n: number, buildingId: string, deviceId: string): AccessLog[] {
  const ts = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => ({
    id: `01FLOOR${String(i).padStart(19, "0")}`,
    buildingId,
    deviceId,
    unitId: null,
    ts,
    method: "pin",
    result: "granted",
    userId: null,
    reservationId: null,
    codeId: null,
    eventId: randomUUID(),
    person: null,
  }));
}

/** Runs `jobs` with at most `inFlight` at once; resolves with the wall time (ms). */
export async function pooled(jobs: (() => Promise<unknown>)[], inFlight: number): Promise<number> {
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
  return performance.now() - t;
}

export const chunks = <T>(xs: T[], size: number) =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, i * size + size));

/** Plain BatchWriteItem, retrying unprocessed items (DynamoDB Local never leaves any, AWS may). */
export async function batchWriteFloor(
  send: (items: Item[]) => Promise<Item[]>,
  items: Item[],
  inFlight = 8,
): Promise<number> {
  return pooled(
    chunks(items, 25).map((c) => async () => {
      let left = c;
      while (left.length) left = await send(left);
    }),
    inFlight,
  );
}

export type FlushSplit = {
  flushes: number;
  meanBatch: number;
  /** median ms a flush spent building its entries (cached lookups) */
  buildMs: number;
  /** median ms of a flush's write (the transaction) */
  writeMs: number;
  /** ms from the first publish to the first flush taking a batch (MQTT in, parse, queue) */
  firstFlushMs: number;
  /** ms from the last write returning to the burst seen complete (acks, bookkeeping) */
  tailMs: number;
  /** share of the burst's wall time with at least one flush writing */
  writeBusy: number;
};

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};

export function flushHops(flushes: FlushTiming[], t0: number, end: number): FlushSplit {
  const sorted = [...flushes].sort((a, b) => a.startedAt - b.startedAt);
  // the union of write intervals: how much of the burst the database was being written to
  let busy = 0;
  let until = -Infinity;
  for (const f of [...sorted].sort((a, b) => a.builtAt - b.builtAt)) {
    const from = Math.max(f.builtAt, until);
    if (f.writtenAt > from) busy += f.writtenAt - from;
    until = Math.max(until, f.writtenAt);
  }
  const lastWrite = Math.max(...sorted.map((f) => f.writtenAt));
  return {
    flushes: sorted.length,
    meanBatch: sorted.length ? sorted.reduce((a, f) => a + f.events, 0) / sorted.length : 0,
    buildMs: med(sorted.map((f) => f.builtAt - f.startedAt)),
    writeMs: med(sorted.map((f) => f.writtenAt - f.builtAt)),
    firstFlushMs: sorted.length ? sorted[0].startedAt - t0 : Number.NaN,
    tailMs: end - lastWrite,
    writeBusy: busy / (end - t0),
  };
}
