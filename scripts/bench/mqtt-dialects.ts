import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Result = {
  dialect: string;
  roundTripMs: number[];
  acknowledged: number;
  events: number;
  stored: number;
  ingestMs: number;
};

/**
 * The four MQTT dialects side by side in one run on Mosquitto (docs/devices.md): command round trip and
 * door-event ingestion, native contract beside Zigbee2MQTT, Shelly and Z-Wave JS UI. Needs no stack.
 */
export const mqttDialects: BenchModule = {
  name: "mqtt-dialects",
  description:
    "Command round trip and event ingestion per MQTT dialect (native, Zigbee2MQTT, Shelly, Z-Wave JS UI)",
  async run(ctx) {
    const commands = atLeast(ctx.options, 50);
    const events = ctx.options.quick ? 20 : Math.max(200, Number(process.env.BENCH_DIALECT_EVENTS || 1000));
    ctx.log(`mqtt-dialects: ${commands} commands and ${events} events per dialect…`);
    const out = await runServerScript(
      root,
      "scripts/bench/mqtt-dialects.worker.ts",
      [String(commands), String(events)],
      process.env,
      {
        capture: true,
      },
    );
    const results = JSON.parse(out.trim().split("\n").pop() ?? "[]") as Result[];
    ctx.report(
      {
        title: "Per dialect on Mosquitto: command round trip (sequential) and door-event burst ingestion",
        columns: [
          "dialect",
          "commands",
          "acknowledged",
          "median ms",
          "p95 ms",
          "events",
          "stored",
          "events/s",
        ],
        rows: results.map((r) => [
          r.dialect,
          r.roundTripMs.length,
          r.acknowledged,
          ms(median(r.roundTripMs)),
          ms(percentile(r.roundTripMs, 95)),
          r.events,
          r.stored,
          Math.round(r.events / (r.ingestMs / 1000)),
        ]),
        notes: [
          "Zigbee2MQTT: a lock has no ack; the command ends when the lock reports its lock_state; each keypad message is also a state write",
          "Shelly: the RPC response on the app's own topic, matched by request id; exit-button NotifyEvents",
          "Z-Wave JS UI: writeValue answered 254 (unsupervised), the command ends on the currentMode report; keypad notifications, each followed by a currentMode state",
        ],
      },
      results,
    );
  },
};
