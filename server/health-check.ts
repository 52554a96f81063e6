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
