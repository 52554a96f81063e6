import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
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
    ctx.report({
      title:
        "Access-event burst: published at once by one device, stored once each (conditional writes in batched transactions)",
      columns: ["broker", "events", "stored", "duplicates", "day counter", "seconds", "events/s"],
      rows: results.map((r) => [
        r.broker,
        r.events,
        r.stored,
        r.duplicates,
        r.counted,
        ms(r.ingestMs / 1000),
        Math.round(r.events / (r.ingestMs / 1000)),
      ]),
      notes: [
        "DynamoDB Local on this machine is the bottleneck; the day counter equal to the burst shows each event counted once",
      ],
    });
  },
};
