import { describe, expect, it } from "vitest";
import {
  boundedJsonObjectSchema,
  boundViolationOf,
  JSON_BOUNDS,
  jsonBoundViolation,
  MAX_DEVICE_MESSAGE_BYTES,
} from "./bounded-json";
import { ackMessageSchema } from "./device-command";

const nested = (levels: number): Record<string, unknown> => {
  let v: Record<string, unknown> = { leaf: true };
  for (let i = 1; i < levels; i++) v = { n: v };
  return v;
};

describe("bounded JSON", () => {
  it("accepts an ordinary device state", () => {
    const state = { locked: true, battery: 87, temp: -3.5, codes: ["a", "b"], meta: { fw: "1.2", at: null } };
    expect(jsonBoundViolation(state)).toBeNull();
    expect(boundedJsonObjectSchema().parse(state)).toEqual(state);
    expect(jsonBoundViolation({ n: Number.MAX_SAFE_INTEGER, m: -Number.MAX_SAFE_INTEGER })).toBeNull();
  });

  it("refuses numbers beyond the safe integers, and NaN or infinities", () => {
    for (const x of [1e300, -1e300, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY])
      expect(jsonBoundViolation({ deep: [{ x }] })).toBe("unsafe_number");
  });

  it(`refuses nesting deeper than ${JSON_BOUNDS.maxDepth} levels, arrays included`, () => {
    expect(jsonBoundViolation(nested(JSON_BOUNDS.maxDepth))).toBeNull();
    expect(jsonBoundViolation(nested(JSON_BOUNDS.maxDepth + 1))).toBe("too_deep");
    expect(jsonBoundViolation(JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`))).toBe("too_deep");
  });

  it(`refuses more than ${JSON_BOUNDS.maxBytes} bytes serialized, counted in UTF-8`, () => {
    expect(jsonBoundViolation({ s: "x".repeat(JSON_BOUNDS.maxBytes - 10) })).toBeNull();
    expect(jsonBoundViolation({ s: "x".repeat(JSON_BOUNDS.maxBytes) })).toBe("too_large");
    // 3 bytes per character: under the cap in characters, over it in bytes
    expect(jsonBoundViolation({ s: "€".repeat(JSON_BOUNDS.maxBytes / 2) })).toBe("too_large");
  });

  it("refuses too many keys or items, and overlong keys", () => {
    const many = Object.fromEntries(
      Array.from({ length: JSON_BOUNDS.maxEntries + 1 }, (_, i) => [`k${i}`, 0]),
    );
    expect(jsonBoundViolation(many)).toBe("too_many_keys");
    expect(jsonBoundViolation({ a: Array(JSON_BOUNDS.maxEntries + 1).fill(0) })).toBe("too_many_keys");
    expect(jsonBoundViolation({ ["k".repeat(JSON_BOUNDS.maxKeyLength + 1)]: 1 })).toBe("too_many_keys");
  });

  it("says which bound a failed parse broke, and nothing when the input is just invalid", () => {
    const bad = boundedJsonObjectSchema().safeParse({ x: 1e300 });
    expect(bad.success).toBe(false);
    expect(bad.error && boundViolationOf(bad.error)).toBe("unsafe_number");
    const ack = ackMessageSchema.safeParse({ commandId: "c1", status: "ok", state: nested(20) });
    expect(ack.error && boundViolationOf(ack.error)).toBe("too_deep");
    const invalid = ackMessageSchema.safeParse({ commandId: "c1", status: "maybe" });
    expect(invalid.error && boundViolationOf(invalid.error)).toBeNull();
    expect(
      ackMessageSchema.safeParse({ commandId: "c1", status: "ok", state: { locked: true } }).success,
    ).toBe(true);
  });

  it("lets a message with a full-size state and its envelope through the raw size cap", () => {
    const state = { s: "x".repeat(JSON_BOUNDS.maxBytes - 10) };
    const ack = { commandId: "c".repeat(64), status: "failed", reason: "€".repeat(500), state };
    expect(jsonBoundViolation(state)).toBeNull();
    expect(Buffer.byteLength(JSON.stringify(ack))).toBeLessThanOrEqual(MAX_DEVICE_MESSAGE_BYTES);
  });
});
