import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import type { BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Burst = { events: number; stored: number; duplicates?: number; ms: number; sensors?: number };
type Result = {
  temperature: number[];
  leak: number[];
  missed: { temperature: number; leak: number };
  access: Burst;
  telemetry: Burst;
  commands: { quiet: Command[]; duringTelemetry: Command[] };
};
type Command = { ms: number; ok: boolean };

/**
 * What the building says, end to end on the embedded broker: how long from a sensor's alarm on MQTT to the staff
 * member's stored, live-published notice, and how fast telemetry is ingested beside access events. Needs no
 * stack: the worker starts its own DynamoDB Local and aedes. `npm run bench -- --only sensors`.
 */
export const sensors: BenchModule = {
  name: "sensors",
  description: "Alarm-to-notification latency and telemetry ingestion beside access events (aedes)",
  async run(ctx) {
    // --quick (npm test): a few alarms and a burst of 100 (two readings per sensor), like the other device modules
    const quick = ctx.options.quick;
    const alarms = quick ? ctx.options.n : Math.max(10, Math.min(ctx.options.n, 20));
    const events = quick ? 100 : Math.max(1000, Number(process.env.BENCH_MQTT_EVENTS || 2000));
    ctx.log(`sensors: ${alarms} alarms per cause, bursts of ${events} events…`);
    const out = await runServerScript(
      root,
      "scripts/bench/sensors.worker.ts",
      [String(alarms), String(events)],
      process.env,
      { capture: true },
    );
    const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Result;
    const row = (name: string, xs: number[]) => [
      name,
      xs.length,
      ms(median(xs)),
      ms(percentile(xs, 95)),
      ms(Math.max(...xs)),
    ];
    ctx.report(
      {
        title:
          "Alarm to notification (device publishes `alarm` → alarm stored → rules → staff notice stored and live)",
        columns: ["cause (rule)", "notified", "median ms", "p95 ms", "max ms", "no notice in 30 s"],
        rows: [
          [...row("temperature (notify staff)", r.temperature), r.missed.temperature],
          [...row("leak (notify unit, urgent ticket, mission)", r.leak), r.missed.leak],
        ],
        notes: [
          "sequential; each alarm is cleared by the device before the next, so each is a new alarm and a new rule run",
        ],
      },
      r,
    );
    const rate = (b: Burst) => Math.round(b.events / (b.ms / 1000));
    ctx.report({
      title: "Ingestion bursts through the bridge, stored exactly once each",
      columns: ["events", "devices", "published", "stored", "seconds", "events/s"],
      rows: [
        [
          "access (idempotent BatchWriteItem puts; day counter from the stream)",
          1,
          r.access.events,
          r.access.stored,
          ms(r.access.ms / 1000),
          rate(r.access),
        ],
        [
          "telemetry (conditional update of the hour item)",
          r.telemetry.sensors ?? 0,
          r.telemetry.events,
          r.telemetry.stored,
          ms(r.telemetry.ms / 1000),
          rate(r.telemetry),
        ],
      ],
      notes: ["DynamoDB Local on this machine is the bottleneck for both"],
    });
    const quietMedian = median(r.commands.quiet.map((c) => c.ms));
    const commandRow = (name: string, cs: Command[]) => {
      const xs = cs.map((c) => c.ms);
      return [
        name,
        cs.length,
        cs.filter((c) => c.ok).length,
        ms(median(xs)),
        ms(Math.max(...xs)),
        Math.round((median(xs) / quietMedian) * 100) / 100,
      ];
    };
    ctx.report({
      title: "A door command while a telemetry burst is stored (staff unlock → stored, published, acked)",
      columns: ["when", "commands", "acknowledged", "median ms", "max ms", "× quiet median"],
      rows: [
        commandRow("quiet bridge, before the burst", r.commands.quiet),
        commandRow("during the telemetry burst, one after another", r.commands.duringTelemetry),
      ],
      notes: [
        "device reports (sensor events, state, availability) are handled at most 8 at a time (aedes has no in-flight window): the rest wait, unacknowledged, instead of queueing ahead of the command's writes",
      ],
    });
  },
};
