import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { type HopSplit, medianOf } from "./device-path-floor";
import type { FlushSplit } from "./ingest-floor";
import { median, ms, percentile } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Result = {
  broker: string;
  protocol: number | null;
  roundTripMs: number[];
  acknowledged: number;
  events: number;
  stored: number;
  duplicates: number;
  counted: number;
  ingestMs: number;
  floor: { mqttMs: number[]; putMs: number[]; updateMs: number[]; auditMs: number[] };
  hops: HopSplit[];
  ingestFloor: { batchWriteMs: number };
  countLagMs: number;
  ingestHops: FlushSplit;
  publishMs: number;
};

/**
 * The device path of the MQTT contract on both brokers the project runs on (embedded aedes, real Mosquitto):
 * a staff command's round trip to a real device client and back into the table, and how fast a burst of access
 * events is stored exactly once. Needs no stack: the worker starts its own DynamoDB Local and brokers.
 */
export const mqtt: BenchModule = {
  name: "mqtt",
  description: "Device command round trip and access-event ingestion, on aedes and Mosquitto",
  async run(ctx) {
    const commands = atLeast(ctx.options, 100);
    const events = ctx.options.quick ? 50 : Math.max(1000, Number(process.env.BENCH_MQTT_EVENTS || 2000));
    ctx.log(`mqtt: ${commands} commands and a burst of ${events} events per broker…`);
    const out = await runServerScript(
      root,
      "scripts/bench/mqtt.worker.ts",
      [String(commands), String(events)],
      process.env,
      {
        capture: true,
      },
    );
    const results = JSON.parse(out.trim().split("\n").pop() ?? "[]") as Result[];
    ctx.report(
      {
        title:
          "Device command round trip (commandDevice → MQTT → device ack → stored acknowledged), sequential",
        columns: ["broker", "protocol", "commands", "acknowledged", "median ms", "p95 ms", "p99 ms"],
        rows: results.map((r) => [
          r.broker,
          `MQTT ${r.protocol === 5 ? "5" : "3.1.1"}`,
          r.roundTripMs.length,
          r.acknowledged,
          ms(median(r.roundTripMs)),
          ms(percentile(r.roundTripMs, 95)),
          ms(percentile(r.roundTripMs, 99)),
        ]),
        notes: [
          "each command: a conditional put (pending), QoS 1 publish, the device's ack, a conditional update to acknowledged",
        ],
      },
      results.map(({ roundTripMs, ...r }) => ({ ...r, roundTripMs })),
    );
    const floorOf = (r: Result) =>
      median(r.floor.mqttMs) + median(r.floor.putMs) + median(r.floor.updateMs) + median(r.floor.auditMs);
    ctx.report({
      title:
        "Device path floor (each part alone, same broker and DynamoDB Local, same run) and the round trip against it",
      columns: [
        "broker",
        "MQTT pub→reply ms",
        "PutItem ms",
        "UpdateItem ms",
        "audit PutItem ms",
        "floor ms",
        "round trip median ms",
        "× floor",
        "p99 ms",
        "p99 × floor",
      ],
      rows: results.map((r) => {
        const floor = floorOf(r);
        const p99 = percentile(r.roundTripMs, 99);
        return [
          r.broker,
          ms(median(r.floor.mqttMs)),
          ms(median(r.floor.putMs)),
          ms(median(r.floor.updateMs)),
          ms(median(r.floor.auditMs)),
          ms(floor),
          ms(median(r.roundTripMs)),
          (median(r.roundTripMs) / floor).toFixed(2),
          ms(p99),
          (p99 / floor).toFixed(2),
        ];
      }),
      notes: [
        "floor = medians of a bare QoS 1 publish→reply between two mqtt.js clients and of the three writes a command makes",
        "targets (issue 19): median ≤ 2× floor, p99 ≤ 5× floor",
      ],
    });
    ctx.report({
      title:
        "Where a command's time goes (median and p99 per hop, from DynamoDB request timestamps and the device's receipt)",
      columns: [
        "broker",
        "checks & reads ms",
        "command PutItem ms",
        "publish → device ms",
        "device ack → UpdateItem ms",
        "UpdateItem ms",
        "after update → returned ms",
        "DynamoDB requests",
      ],
      rows: results.flatMap((r) =>
        (["median", "p99"] as const).map((stat) => {
          const of = (k: keyof HopSplit) =>
            stat === "median"
              ? medianOf(r.hops, k)
              : percentile(
                  r.hops.map((h) => h[k]),
                  99,
                );
          return [
            `${r.broker} ${stat}`,
            ms(of("beforePut")),
            ms(of("put")),
            ms(of("toDevice")),
            ms(of("ackToUpdate")),
            ms(of("update")),
            ms(of("afterUpdate")),
            of("requests"),
          ];
        }),
      ),
      notes: [
        "checks & reads: feature flag, the device, the actor's rights; after update: the ack's follow-ups (audit, state) before the call returns",
        "p99 per hop: each hop's own 99th percentile (not one command's split), to show which hop holds the tail",
      ],
    });
    const rate = (n: number, msTaken: number) => Math.round(n / (msTaken / 1000));
    ctx.report({
      title:
        "Access-event burst: published at once by one device, stored once each, against raw writes of the same items (same DynamoDB Local, same run)",
      columns: [
        "broker",
        "events",
        "stored",
        "duplicates",
        "day counter",
        "events/s",
        "raw BatchWriteItem items/s",
        "× BatchWriteItem",
        "counter caught up after ms",
      ],
      rows: results.map((r) => [
        r.broker,
        r.events,
        r.stored,
        r.duplicates,
        r.counted,
        rate(r.events, r.ingestMs),
        rate(r.events, r.ingestFloor.batchWriteMs),
        Math.round((r.ingestFloor.batchWriteMs / r.ingestMs) * 100) / 100,
        ms(r.countLagMs),
      ]),
      notes: [
        "raw BatchWriteItem: the same number of access-log items (accessLogItem), 25 a request, 8 in flight, no condition, no counter: the floor",
        "stored: rows read back; the ingestor writes idempotent puts keyed by the event (BatchWriteItem, 25 × 8 in flight)",
        "day counter: counted from the table stream's INSERTs (a checkpoint per shard in the counts' transaction), read each second during the burst; caught up: ms after the burst until it equals the events",
        "target (issue 19): ingestion ≥ 0.6× BatchWriteItem, 0 lost (stored = events) and 0 stored twice (day counter = events; duplicates = counter − rows)",
      ],
    });
    ctx.report({
      title: "Where a burst's time goes (the ingestor's flush timestamps)",
      columns: [
        "broker",
        "burst ms",
        "device published all ms",
        "first flush after ms",
        "flushes",
        "events/flush",
        "build entries ms (median)",
        "write ms (median)",
        "writing share of burst",
        "last write → done ms",
      ],
      rows: results.map((r) => [
        r.broker,
        ms(r.ingestMs),
        Number.isFinite(r.publishMs) ? ms(r.publishMs) : "–",
        ms(r.ingestHops.firstFlushMs),
        r.ingestHops.flushes,
        ms(r.ingestHops.meanBatch),
        ms(r.ingestHops.buildMs),
        ms(r.ingestHops.writeMs),
        `${Math.round(r.ingestHops.writeBusy * 100)}%`,
        ms(r.ingestHops.tailMs),
      ]),
      notes: [
        "build entries: device, door code, person and building facts (cached lookups); write: the batch's BatchWriteItem",
        "writing share: part of the burst during which at least one write was in flight",
      ],
    });
  },
};
