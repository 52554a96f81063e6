import "server-only";
import { AppError } from "@/lib/errors";

type State = { since: number | null; commands: Set<Promise<unknown>> };
type G = typeof globalThis & { __buildingosDraining?: State };

/** On globalThis: Next may evaluate this module in several graphs (instrumentation, route handlers, actions). */
function state(): State {
  const g = globalThis as G;
  g.__buildingosDraining ??= { since: null, commands: new Set() };
  return g.__buildingosDraining;
}

/** True once this process has begun shutting down: /api/health answers 503 and no new command is taken. */
export function isDraining(): boolean {
  return state().since !== null;
}

/** When draining began (epoch ms), or null. */
export function drainingSince(): number | null {
  return state().since;
}

/** Marks the process as draining; false if it already was. */
export function beginDraining(): boolean {
  const s = state();
  if (s.since !== null) return false;
  s.since = Date.now();
  return true;
}

export const SHUTTING_DOWN_MESSAGE =
  "This server is shutting down and takes no new device commands; nothing was sent. Try again: another instance will take it.";

/**
 * Runs a device command, counted as in flight until it ends, so a shutdown can wait for it (its caller gets its
 * answer). Once draining, refuses at once with `unavailable` (HTTP 503): nothing is stored or published.
 */
export async function trackCommand<T>(run: () => Promise<T>): Promise<T> {
  const s = state();
  if (s.since !== null) throw new AppError("unavailable", SHUTTING_DOWN_MESSAGE);
  const p = run();
  s.commands.add(p);
  try {
    return await p;
  } finally {
    s.commands.delete(p);
  }
}

export function commandsInFlight(): number {
  return state().commands.size;
}

/** Resolves when every command in flight has ended, or after `timeoutMs`; says which, and how many are left. */
export async function commandsSettled(timeoutMs: number): Promise<{ settled: boolean; left: number }> {
  const s = state();
  const deadline = Date.now() + timeoutMs;
  while (s.commands.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return { settled: false, left: s.commands.size };
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...s.commands]),
      new Promise((r) => {
        timer = setTimeout(r, left);
      }),
    ]);
    clearTimeout(timer);
  }
  return { settled: true, left: 0 };
}

/** Tests only: back to serving. */
export function resetDrainingForTests(): void {
  state().since = null;
}
