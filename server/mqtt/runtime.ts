import "server-only";
import { hostname } from "node:os";
import { config } from "../config";
import { setLiveFanOut } from "../live/live-updates";
import { logger } from "../logger";
import { runAsBackground } from "../runtime/background-work";
import { MqttBridge } from "./bridge";
import { sweepTimedOutCommands } from "./command-sweeper";
import { redactUrl } from "./redact-url";

type Runtime = { bridge: MqttBridge; timers: NodeJS.Timeout[]; running: Set<Promise<unknown>> };
type G = typeof globalThis & { __buildingosMqtt?: Runtime };

/**
 * This instance's MQTT client id. With `INSTANCE_ID` it is the same across restarts, so the broker keeps the
 * session (and the QoS 1 messages that arrive while the process is down). Without it, host and pid: unique,
 * but a restarted process starts a fresh session.
 */
export function mqttClientId(): string {
  const id = config().INSTANCE_ID || `${hostname()}-${process.pid}`;
  return `buildingos-app-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`.slice(0, 64);
}

/** Whether this process should hold a broker connection (not during `next build`, not when switched off). */
export function mqttWanted(): boolean {
  const c = config();
  return c.NEXT_PHASE !== "phase-production-build" && !c.MQTT_DISABLED;
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
  // the broker connection's handlers (device events, acks) are background work, like the sweepers below
  const bridge = runAsBackground("mqtt", () =>
    new MqttBridge({
      url: c.MQTT_URL,
      username: c.MQTT_USERNAME,
      password: c.MQTT_PASSWORD,
      clientId: mqttClientId(),
      prefix: c.MQTT_TOPIC_PREFIX,
      protocol: c.MQTT_PROTOCOL_VERSION === "auto" ? "auto" : c.MQTT_PROTOCOL_VERSION === "4" ? 4 : 5,
    }).start(),
  );
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((j) => {
    let busy = false;
    const t = setInterval(() => {
      if (busy) return;
      busy = true;
      const run = runAsBackground(j.name, () => j.run())
        .catch((e) => logger.warn("mqtt runtime job failed", { job: j.name, error: String(e) }))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    }, j.everyMs);
    t.unref();
    return t;
  });
  g.__buildingosMqtt = { bridge, timers, running };
  // live updates of this instance reach the browsers connected to the others through the broker
  setLiveFanOut((buildingId, update) => bridge.publishLive(buildingId, update));
  logger.info("mqtt runtime started", { clientId: bridge.opts.clientId, url: redactUrl(c.MQTT_URL) });
  return bridge;
}

/** The running bridge of this process, or null (not started, or switched off). */
export function mqttBridge(): MqttBridge | null {
  return (globalThis as G).__buildingosMqtt?.bridge ?? null;
}

/**
 * Stops the sweepers: no new run starts; resolves once the runs under way have ended, or after `timeoutMs`
 * (their work is claimed with conditional writes, so another instance finishes what one leaves).
 */
export async function stopMqttJobs(timeoutMs = 5_000): Promise<{ stopped: number; settled: boolean }> {
  const rt = (globalThis as G).__buildingosMqtt;
  if (!rt) return { stopped: 0, settled: true };
  for (const t of rt.timers) clearInterval(t);
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    Promise.allSettled([...rt.running]).then(() => true),
    new Promise<false>((r) => {
      timer = setTimeout(() => r(false), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  return { stopped: rt.timers.length, settled };
}

/**
 * Stops the sweepers and the broker connection, gracefully (MqttBridge.stop). With a stable `INSTANCE_ID` the
 * instance comes back under the same client id, so its session is kept (events published meanwhile wait for it);
 * without one its client id is never used again, so the session is ended and its share goes to the others.
 */
export async function stopMqttRuntime(opts: { drainMs?: number } = {}) {
  const g = globalThis as G;
  const rt = g.__buildingosMqtt;
  if (!rt) return null;
  await stopMqttJobs(opts.drainMs);
  g.__buildingosMqtt = undefined;
  setLiveFanOut(null);
  return rt.bridge.stop({ drainMs: opts.drainMs, endSession: !config().INSTANCE_ID });
}
