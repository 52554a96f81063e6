import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which background job (a sweeper, the MQTT bridge's handlers) the running code belongs to, if any. The jobs run
 * inside `runAsBackground`, so their timers and socket callbacks carry the job's name; code serving a request
 * carries none. Kept on globalThis: Next.js may evaluate this module once per route graph.
 */
type G = typeof globalThis & { __buildingosBackgroundWork?: AsyncLocalStorage<{ job: string }> };
const g = globalThis as G;
g.__buildingosBackgroundWork ??= new AsyncLocalStorage<{ job: string }>();
const storage = g.__buildingosBackgroundWork;

export function runAsBackground<T>(job: string, fn: () => T): T {
  return storage.run({ job }, fn);
}

/** The background job this code runs for, or undefined while serving a request (or outside any job). */
export function backgroundJob(): string | undefined {
  return storage.getStore()?.job;
}

/** The header a DynamoDB request from a background job carries (the bench counts a page's requests without them). */
export const BACKGROUND_JOB_HEADER = "x-buildingos-job";
