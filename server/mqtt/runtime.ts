import "server-only";
import { hostname } from "node:os";
import { config } from "../config";
import { logger } from "../logger";
import { MqttBridge } from "./bridge";
import { sweepTimedOutCommands } from "./command-sweeper";

type Runtime = { bridge: MqttBridge; timers: NodeJS.Timeout[] };
type G = typeof globalThis & { __buildingosMqtt?: Runtime };

/**
 * This instance's MQTT client id. With `INSTANCE_ID` it is the same across restarts, so the broker keeps the
 * session (and the QoS 1 messages that arrive while the process is down). Without it, host and pid: unique,
 * but a restarted process starts a fresh session.
 */
export function mqttClientId(): string {
  const id = process.env.INSTANCE_ID?.trim() || `${hostname()}-${process.pid}`;
  return `buildingos-app-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`.slice(0, 64);
}

/** Whether this process should hold a broker connection (not during `next build`, not when switched off). */
export function mqttWanted(): boolean {
  if (process.env.NEXT_PHASE === "phase-production-build") return false;
  return process.env.MQTT_DISABLED !== "1" && process.env.MQTT_DISABLED !== "true";
}

/** Periodic work started with the connection (sweepers); other modules add theirs with `onMqttRuntimeTick`. */
const jobs: { everyMs: number; run: () => Promise<unknown>; name: string }[] = [
  { name: "command-timeouts", everyMs: 2_000, run: () => sweepTimedOutCommands() },
];

export function addMqttRuntimeJob(job: { name: string; everyMs: number; run: () => Promise<unknown> }) {
  if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

/**
 * Starts this process's one broker connection and its sweepers, once (globalThis: Next may evaluate this
 * module in several graphs). Called from instrumentation.ts at server start.
 */
export function startMqttRuntime(): MqttBridge | null {
  const g = globalThis as G;
  if (g.__buildingosMqtt) return g.__buildingosMqtt.bridge;
  if (!mqttWanted()) return null;
  const c = config();
  const protocol = process.env.MQTT_PROTOCOL_VERSION;
  const bridge = new MqttBridge({
    url: c.MQTT_URL,
    username: c.MQTT_USERNAME,
    password: c.MQTT_PASSWORD,
    clientId: mqttClientId(),
    prefix: c.MQTT_TOPIC_PREFIX,
    protocol: protocol === "4" ? 4 : protocol === "5" ? 5 : "auto",
  }).start();
  const timers = jobs.map((j) => {
    let busy = false;
    const t = setInterval(() => {
      if (busy) return;
      busy = true;
      j.run()
        .catch((e) => logger.warn("mqtt runtime job failed", { job: j.name, error: String(e) }))
        .finally(() => {
          busy = false;
        });
    }, j.everyMs);
    t.unref();
    return t;
  });
  g.__buildingosMqtt = { bridge, timers };
  logger.info("mqtt runtime started", { clientId: bridge.opts.clientId, url: c.MQTT_URL });
  return bridge;
}

/** The running bridge of this process, or null (not started, or switched off). */
export function mqttBridge(): MqttBridge | null {
  return (globalThis as G).__buildingosMqtt?.bridge ?? null;
}

export async function stopMqttRuntime(): Promise<void> {
  const g = globalThis as G;
  const rt = g.__buildingosMqtt;
  if (!rt) return;
  g.__buildingosMqtt = undefined;
  for (const t of rt.timers) clearInterval(t);
  await rt.bridge.stop();
}
