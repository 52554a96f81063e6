import { z } from "zod";

/**
 * Bounds on free-form JSON a device may send us (its state, an ack's state), checked at validation time so that
 * whatever passes can be stored and sent to browsers:
 *
 * - `maxBytes` 8 KB serialized: a lock's or a meter's state is a dozen fields (well under 1 KB); 8 KB leaves room
 *   for richer devices (a thermostat schedule) while a device record stays far below DynamoDB's 400 KB item limit,
 *   every live update stays small, and the broker's in-flight window (200 messages) holds at most ~2 MB of them.
 * - `maxDepth` 8 levels (the object itself is level 1): DynamoDB refuses nesting deeper than 32, and no state
 *   needs more than a few.
 * - numbers finite and within ±Number.MAX_SAFE_INTEGER: lib-dynamodb's marshaller throws on anything larger
 *   (it would lose precision), and JSON has no NaN or Infinity anyway.
 * - `maxEntries` 512 object keys plus array items over the whole value, `maxKeyLength` 128 per key: bounds the
 *   work of marshalling and rendering it.
 *
 * DynamoDB has limits of its own these do not cover (a number below 1e-130, for one); the MQTT bridge treats a
 * write it refuses as a message that retrying cannot fix (server/mqtt/poison.ts).
 */
export const JSON_BOUNDS = {
  maxBytes: 8 * 1024,
  maxDepth: 8,
  maxEntries: 512,
  maxKeyLength: 128,
} as const;
export type JsonBounds = { maxBytes: number; maxDepth: number; maxEntries: number; maxKeyLength: number };

export type JsonBoundViolation = "too_large" | "too_deep" | "unsafe_number" | "too_many_keys" | "not_json";

/** The first bound `value` breaks, or null when it is within all of them. */
export function jsonBoundViolation(
  value: unknown,
  bounds: JsonBounds = JSON_BOUNDS,
): JsonBoundViolation | null {
  let entries = 0;
  // depth-first with an explicit stack: a hostile value cannot overflow ours
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER) return "unsafe_number";
      continue;
    }
    if (typeof v !== "object") return "not_json";
    if (depth > bounds.maxDepth) return "too_deep";
    if (Array.isArray(v)) {
      entries += v.length;
      if (entries > bounds.maxEntries) return "too_many_keys";
      for (const x of v) stack.push([x, depth + 1]);
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return "not_json";
    for (const [k, x] of Object.entries(v)) {
      if (++entries > bounds.maxEntries || k.length > bounds.maxKeyLength) return "too_many_keys";
      stack.push([x, depth + 1]);
    }
  }
  // the structure is bounded by now, so serializing it is cheap
  if (utf8Length(JSON.stringify(value) ?? "") > bounds.maxBytes) return "too_large";
  return null;
}

/** UTF-8 byte length, without allocating (this module also runs in the browser: no Buffer). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair
      i++;
    } else n += 3;
  }
  return n;
}

/** zod issue params carry the violated bound, so callers can tell "too big to keep" from "not our format". */
export const JSON_BOUND_ISSUE = "jsonBound";

/** Adds an issue to `ctx` when `value` breaks a bound (for schemas that bound only part of their input). */
export function refineJsonBounds(
  value: unknown,
  ctx: z.RefinementCtx,
  bounds: JsonBounds = JSON_BOUNDS,
): void {
  const violation = jsonBoundViolation(value, bounds);
  if (violation)
    ctx.addIssue({
      code: "custom",
      message: `JSON exceeds its bounds (${violation})`,
      params: { [JSON_BOUND_ISSUE]: violation },
    });
}

/** A JSON object within `bounds` (device state, an ack's state). */
export const boundedJsonObjectSchema = (bounds: JsonBounds = JSON_BOUNDS) =>
  z.record(z.string(), z.unknown()).superRefine((v, ctx) => refineJsonBounds(v, ctx, bounds));

/** The bound a failed parse broke, if that is why it failed (otherwise: the input is simply not valid). */
export function boundViolationOf(error: z.ZodError): JsonBoundViolation | null {
  for (const issue of error.issues) {
    const v = (issue as { params?: Record<string, unknown> }).params?.[JSON_BOUND_ISSUE];
    if (typeof v === "string") return v as JsonBoundViolation;
  }
  return null;
}

/**
 * Raw size cap of one inbound device message, checked before it is parsed: the bounded state plus its envelope
 * (`ts`, `firmware`, an ack's `commandId`, `status` and up to 500 characters of `reason`).
 */
export const MAX_DEVICE_MESSAGE_BYTES = JSON_BOUNDS.maxBytes + 2 * 1024;
