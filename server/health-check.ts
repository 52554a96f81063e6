import "server-only";

export type HealthResult = { ok: boolean; latencyMs: number; error?: string };

export const HEALTH_TIMEOUT_MS = 1500;

/**
 * Runs one dependency probe with a hard deadline. The probe gets a signal that aborts at the deadline;
 * whatever it does not abort (say, credential resolution) is outrun by the race, so a dead dependency
 * answers `ok: false` in about `timeoutMs`, never a hung health page.
 */
export async function timedCheck(
  probe: (signal: AbortSignal) => Promise<void>,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<HealthResult> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new HealthTimeout(timeoutMs));
    }, timeoutMs);
  });
  try {
    await Promise.race([probe(controller.signal), deadline]);
    return { ok: true, latencyMs: elapsed(started) };
  } catch (e) {
    return { ok: false, latencyMs: elapsed(started), error: reasonOf(e) };
  } finally {
    clearTimeout(timer);
  }
}

class HealthTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "HealthTimeout";
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/** A short reason without hosts or stack traces: an error code or name, or a clipped message. */
function reasonOf(e: unknown): string {
  if (e instanceof HealthTimeout) return e.message;
  if (!(e instanceof Error)) return "unknown error";
  const err = e as Error & { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] };
  const code = err.code ?? err.cause?.code ?? err.errors?.[0]?.code;
  if (typeof code === "string") return code;
  if (err.name === "AbortError" || err.name === "TimeoutError") return "timeout";
  if (err.name && err.name !== "Error") return err.name;
  return err.message.slice(0, 120);
}

/** Request-handler options for a probe's client: one short deadline for connecting and for the answer. */
export function fastRequestHandler(timeoutMs: number) {
  return { connectionTimeout: timeoutMs, requestTimeout: timeoutMs, throwOnRequestTimeout: true };
}

/**
 * A probe of one dependency through an SDK client of its own that fails fast (`make` builds it; `endpoint`
 * undefined means the configured one). The process keeps one such client for the configured endpoint and the
 * default deadline; a caller that overrides either gets a fresh client, destroyed after the probe.
 */
export function clientProbe<C extends { destroy(): void }>(
  make: (endpoint: string | undefined, timeoutMs: number) => C,
) {
  let shared: C | undefined;
  return async (
    opts: { endpoint?: string; timeoutMs?: number },
    probe: (client: C, signal: AbortSignal) => Promise<void>,
  ): Promise<HealthResult> => {
    const timeoutMs = opts.timeoutMs ?? HEALTH_TIMEOUT_MS;
    const own = opts.endpoint !== undefined || opts.timeoutMs !== undefined;
    if (!own) shared ??= make(undefined, HEALTH_TIMEOUT_MS);
    const client = own || !shared ? make(opts.endpoint, timeoutMs) : shared;
    try {
      return await timedCheck((signal) => probe(client, signal), timeoutMs);
    } finally {
      if (own) client.destroy();
    }
  };
}
