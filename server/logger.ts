import "server-only";
import { config } from "./config";

type Level = "debug" | "info" | "warn" | "error";

/** LOG_LEVEL=debug. A configuration that does not validate must not stop a log line: then no debug lines. */
function debugEnabled(): boolean {
  try {
    return config().LOG_LEVEL === "debug";
  } catch {
    return false;
  }
}

/** Structured JSON logs, one line each, so a log pipeline can index them. */
function log(level: Level, msg: string, fields: Record<string, unknown> = {}) {
  if (level === "debug" && !debugEnabled()) return;
  const time = new Date().toISOString();
  // Ours are assigned last so no field overwrites them; key order stays level, time, msg, then the fields.
  const line = JSON.stringify(Object.assign({ level, time, msg }, fields, { level, time, msg }));
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (msg: string, fields?: Record<string, unknown>) => log("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => log("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => log("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => log("error", msg, fields),
};
