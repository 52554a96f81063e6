import "server-only";
import { type AccessEventMessage, type AccessLog, toAccessLogDTO } from "@/lib/domain/access-log";
import { idSchema } from "@/lib/domain/common";
import { newId } from "@/lib/domain/ids";
import { type AccessLogEntry, MAX_LOGS_PER_BATCH, putAccessLogs } from "../db/access-log-batch";
import { isDependencyDown } from "../errors";
import { publishLiveUpdate } from "../live/live-updates";
import { logger } from "../logger";
import { resolveAccessPerson } from "../services/access-person/resolve-access-person";
import { lookupAccessLogFacts, lookupDevice, lookupDoorCode } from "./lookups";
import type { MqttMetrics } from "./metrics";
import { classifyError, PoisonLog } from "./poison";

export type QueuedEvent = {
  buildingId: string;
  deviceId: string;
  event: AccessEventMessage;
  /** called once the event is stored (or known to be a duplicate or unknown): the MQTT ack may go out */
  done: (ok: boolean) => void;
};

/** One flush of the ingestor, timed (performance.now()): for the bench's per-hop split of a burst. */
export type FlushTiming = {
  events: number;
  stored: number;
  /** when the flush took its batch off the queue */
  startedAt: number;
  /** when every entry was built (device, code, person and building looked up) */
  builtAt: number;
  /** when the write returned */
  writtenAt: number;
};

export type IngestorOptions = {
  chunkSize?: number;
  parallel?: number;
  /** told of every flush once written (the bench's timestamps per hop) */
  onFlush?: (t: FlushTiming) => void;
};

/**
 * Access events → AccessLog, in batches. Events queue up as they arrive; up to `parallel` (8) flushes run at once,
 * each taking up to `chunkSize` (25) events into one BatchWriteItem of idempotent puts keyed by the event
 * (putAccessLogs). While flushes are busy new events accumulate, so batches fill with the load. The day counters
 * are counted from the table's stream (access-count-stream.ts), so they stay exact however often an event comes.
 */
export class EventIngestor {
  private readonly queue: QueuedEvent[] = [];
  private readonly inflight = new Map<string, QueuedEvent[]>();
  private running = 0;
  private closed = false;
  private idle: (() => void)[] = [];
  private readonly chunkSize: number;
  private readonly parallel: number;

  constructor(
    private readonly metrics: MqttMetrics,
    opts: IngestorOptions = {},
    private readonly poisonLog = new PoisonLog(metrics),
  ) {
    // BatchWriteItem's 25 a request, 8 in flight: what the bench's raw BatchWriteItem floor does too
    this.chunkSize = Math.min(opts.chunkSize ?? MAX_LOGS_PER_BATCH, MAX_LOGS_PER_BATCH);
    this.parallel = opts.parallel ?? 8;
    this.onFlush = opts.onFlush;
  }
  private readonly onFlush?: (t: FlushTiming) => void;

  /**
   * Queues an event. A copy of an event already queued or being written here (a QoS 1 redelivery) waits for the
   * first one's outcome instead of racing it to the database.
   */
  push(e: QueuedEvent): void {
    const key = `${e.buildingId}/${e.deviceId}/${e.event.eventId}`;
    const followers = this.inflight.get(key);
    if (followers) {
      this.metrics.eventsDuplicate++;
      followers.push(e);
      return;
    }
    const mine: QueuedEvent[] = [];
    this.inflight.set(key, mine);
    this.queue.push({
      ...e,
      done: (ok) => {
        this.inflight.delete(key);
        e.done(ok);
        for (const f of mine) f.done(ok);
      },
    });
    this.pump();
  }

  get pending(): number {
    return this.queue.length + this.running;
  }

  /** Resolves when every queued event has been handled (graceful stop). */
  drain(): Promise<void> {
    if (this.queue.length === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private pump() {
    while (this.running < this.parallel && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.chunkSize);
      this.running++;
      void this.flush(batch).finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
      });
    }
  }

  private async flush(batch: QueuedEvent[]) {
    const startedAt = performance.now();
    const entries: (AccessLogEntry & { q: QueuedEvent })[] = [];
    for (const q of batch) {
      try {
        const entry = await this.retrying(() => this.toEntry(q));
        if (entry) entries.push({ ...entry, q });
        else q.done(true);
      } catch (e) {
        if (classifyError(e) === "permanent") this.poison({ q }, e);
        else this.fail([q], e);
      }
    }
    const builtAt = performance.now();
    const before = this.metrics.eventsStored;
    if (entries.length) await this.write(entries);
    this.onFlush?.({
      events: batch.length,
      stored: this.metrics.eventsStored - before,
      startedAt,
      builtAt,
      writtenAt: performance.now(),
    });
  }

  /**
   * Writes entries in one BatchWriteItem, trying again while the database is down (see retrying). One the database
   * refuses for good (it would refuse it every time) does not take the batch down with it: the batch is split in
   * halves until it is alone, and that one is acknowledged and dropped (poison).
   */
  private async write(entries: (AccessLogEntry & { q: QueuedEvent })[]): Promise<void> {
    try {
      const { stored, duplicates } = await this.retrying(() => putAccessLogs({ entries }));
      this.metrics.eventsStored += stored.length;
      this.metrics.eventsDuplicate += duplicates;
      for (const log of stored)
        publishLiveUpdate(log.buildingId, { type: "access", log: toAccessLogDTO(log) });
      for (const e of entries) e.q.done(true);
    } catch (e) {
      if (classifyError(e) !== "permanent")
        return this.fail(
          entries.map((x) => x.q),
          e,
        );
      if (entries.length === 1) return this.poison(entries[0] as AccessLogEntry & { q: QueuedEvent }, e);
      const half = Math.ceil(entries.length / 2);
      await this.write(entries.slice(0, half));
      await this.write(entries.slice(half));
    }
  }

  /**
   * Runs `work` again until it succeeds. An error the message itself causes (permanent) is not tried again; any
   * other is tried 4 times; while the database is down (isDependencyDown: refused connections, timeouts,
   * throttling) it is tried on, every 2 s at most, until it answers or the ingestor is closed. The events stay
   * unacknowledged meanwhile (a crash gets them redelivered), and the broker's in-flight window holds the rest
   * back: nothing is acknowledged that was not stored. A message left unacknowledged on a live connection would
   * never come back (brokers redeliver only on a new connection).
   */
  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    let waited = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await work();
        if (waited) logger.info("mqtt event storage answers again", { attempts: attempt });
        return out;
      } catch (e) {
        if (classifyError(e) === "permanent") throw e;
        const transient = isDependencyDown(e);
        if (this.closed || (!transient && attempt >= 4)) throw e;
        if (transient && !waited) {
          waited = true;
          logger.warn("mqtt event storage unavailable; holding the events until it answers", {
            error: String(e),
          });
        }
        await new Promise((r) => setTimeout(r, Math.min(2_000, 50 * 2 ** attempt)));
      }
    }
  }

  /** Stops trying again: what is still waiting for the database fails (unacknowledged, so it is redelivered). */
  close(): void {
    this.closed = true;
  }

  /** null: not stored and never will be (unknown device) — still acknowledged, so it is not redelivered forever. */
  private async toEntry(q: QueuedEvent): Promise<AccessLogEntry | null> {
    const device = await lookupDevice(q.buildingId, q.deviceId);
    if (!device) {
      this.metrics.unknownDevice++;
      logger.warn("mqtt event from unknown device", { buildingId: q.buildingId, deviceId: q.deviceId });
      return null;
    }
    const e = q.event;
    const codeId = e.codeId && idSchema.safeParse(e.codeId).success ? e.codeId : null;
    const code = codeId ? await lookupDoorCode(q.buildingId, q.deviceId, codeId) : null;
    const log: AccessLog = {
      id: newId(),
      buildingId: q.buildingId,
      deviceId: q.deviceId,
      unitId: device.unitId,
      ts: new Date(e.ts).toISOString(),
      method: e.method,
      result: e.result,
      userId: null,
      reservationId: code?.reservationId ?? null,
      codeId,
      ...(e.slot !== undefined ? { slot: e.slot } : {}),
      eventId: e.eventId,
      person: await resolveAccessPerson(q.buildingId, q.deviceId, { codeId, commandId: e.commandId }),
    };
    if (log.person?.id && (log.person.kind === "resident" || log.person.kind === "staff"))
      log.userId = log.person.id;
    return { log, ...(await lookupAccessLogFacts(q.buildingId)) };
  }

  private poison(entry: { q: QueuedEvent }, e: unknown) {
    const { buildingId, deviceId } = entry.q;
    this.poisonLog.record(
      { topic: `${buildingId}/${deviceId}/events`, buildingId, deviceId },
      "unstorable",
      e,
    );
    entry.q.done(true);
  }

  private fail(qs: QueuedEvent[], e: unknown) {
    this.metrics.handlerErrors += qs.length;
    logger.error("mqtt event ingestion failed", { count: qs.length, error: String(e) });
    for (const q of qs) q.done(false);
  }
}
