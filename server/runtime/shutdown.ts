import "server-only";
import { Server } from "node:http";
import { config } from "../config";
import { logger } from "../logger";
import { stopMqttJobs, stopMqttRuntime } from "../mqtt/runtime";
import { beginDraining, commandsInFlight, commandsSettled } from "./draining";

/** The whole drain's budget: `SHUTDOWN_DRAIN_MS`, else 10 s (under ECS's 30 s stop timeout, see infra/). */
export function shutdownDrainMs(): number {
  return config().SHUTDOWN_DRAIN_MS;
}

/**
 * How long, from SIGTERM, the listener stays open answering 503 "draining" before it closes: `SHUTDOWN_LINGER_MS`,
 * else 0. For load balancers that learn of a stopping instance only from its health check; ECS deregisters the
 * task from its target group before it sends SIGTERM, so it needs none.
 */
export function shutdownLingerMs(): number {
  return config().SHUTDOWN_LINGER_MS;
}

type Details = Record<string, unknown>;
export type ShutdownSteps = {
  stopJobs: (ms: number) => Promise<Details>;
  waitCommands: (ms: number) => Promise<Details>;
  closeHttp: (ms: number) => Promise<Details>;
  stopMqtt: (ms: number) => Promise<Details>;
};

/** This process's own parts: the runtime's sweepers and bridge, Next's HTTP server. */
export const processSteps: ShutdownSteps = {
  stopJobs: (ms) => stopMqttJobs(ms),
  waitCommands: async (ms) => ({ inFlight: commandsInFlight(), ...(await commandsSettled(ms)) }),
  closeHttp: (ms) => closeHttpServers(ms),
  stopMqtt: async (ms) => (await stopMqttRuntime({ drainMs: ms })) ?? { connected: false },
};

/**
 * The graceful stop, phase by phase, each logged as JSON with its duration:
 * 1. draining: /api/health answers 503 "draining" (the load balancer stops sending traffic) and new device
 *    commands are refused with 503 `unavailable`;
 * 2. sweepers: no new run; runs under way end;
 * 3. commands: those in flight wait for their device's ack (or their own timeout), so each caller gets its answer;
 *    then, if `lingerMs` has not passed since the start, the listener stays open (health says draining) until it has;
 * 4. http: the listener closes and requests under way finish;
 * 5. mqtt: event batches flushed and acknowledged, clean DISCONNECT keeping the session (queued events come back
 *    to this INSTANCE_ID when it restarts).
 * Every phase is bounded by what is left of `deadlineMs`; past it, what was not acknowledged to the broker is
 * delivered again later, so nothing is lost. Resolves with the exit code (0).
 */
export async function shutdown({
  signal,
  deadlineMs = shutdownDrainMs(),
  lingerMs = shutdownLingerMs(),
  steps = processSteps,
}: {
  signal: string;
  deadlineMs?: number;
  lingerMs?: number;
  steps?: ShutdownSteps;
}): Promise<{ code: number; totalMs: number; phases: Record<string, number> }> {
  const started = performance.now();
  const left = (min = 0) => Math.max(min, deadlineMs - (performance.now() - started));
  const phases: Record<string, number> = {};
  beginDraining();
  logger.info("shutdown started", { phase: "draining", signal, deadlineMs, lingerMs });
  const phase = async (name: string, run: () => Promise<Details>) => {
    const t = performance.now();
    let details: Details;
    try {
      details = await run();
    } catch (e) {
      details = { error: String(e) };
    }
    const ms = Math.round(performance.now() - t);
    phases[name] = ms;
    logger.info("shutdown phase", { phase: name, ms, ...details });
  };
  await phase("sweepers", () => steps.stopJobs(left()));
  await phase("commands", () => steps.waitCommands(left()));
  const linger = Math.min(left(), lingerMs - (performance.now() - started));
  if (linger > 0)
    await phase("linger", async () => {
      await new Promise((r) => setTimeout(r, linger));
      return { lingerMs };
    });
  await phase("http", () => steps.closeHttp(left(500)));
  await phase("mqtt", () => steps.stopMqtt(left(1_000)));
  const totalMs = Math.round(performance.now() - started);
  logger.info("shutdown complete", { signal, totalMs, phases, exitCode: 0 });
  return { code: 0, totalMs, phases };
}

/**
 * Next's HTTP server(s) in this process (Next does not hand them to the app: found among the active handles).
 * Stops accepting connections, closes idle keep-alive ones as requests finish, and past `timeoutMs` closes the rest.
 */
export async function closeHttpServers(timeoutMs: number): Promise<Details> {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  const servers = handles.filter((h): h is Server => h instanceof Server && h.listening);
  let done = false;
  const closed = Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => {
    done = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!done && Date.now() < deadline) {
    for (const s of servers) s.closeIdleConnections();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 50))]);
  }
  if (!done) for (const s of servers) s.closeAllConnections();
  return { servers: servers.length, drained: done };
}

type G = typeof globalThis & { __buildingosShutdownInstalled?: boolean };

/**
 * SIGTERM/SIGINT → `shutdown`, then exit. Only when NEXT_MANUAL_SIG_HANDLE is set: otherwise Next's own handler
 * exits as soon as HTTP has drained, before the broker work is done (it reads the variable at start, so it must
 * be in the process environment, not in a .env file).
 */
export function installShutdownHandlers(): boolean {
  const g = globalThis as G;
  if (g.__buildingosShutdownInstalled) return true;
  const c = config();
  if (!c.NEXT_MANUAL_SIG_HANDLE) {
    if (c.NODE_ENV === "production")
      logger.warn("NEXT_MANUAL_SIG_HANDLE is not set: SIGTERM stops the server without draining MQTT work");
    return false;
  }
  g.__buildingosShutdownInstalled = true;
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // a process group and npx can each pass the same signal on: one shutdown
    if (started) return logger.info("shutdown already under way", { signal });
    started = true;
    shutdown({ signal }).then(
      (r) => process.exit(r.code),
      (e) => {
        logger.error("shutdown failed", { error: String(e) });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return true;
}
