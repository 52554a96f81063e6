import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { db, tableName } from "./client";
import { keys } from "./keys";
import { addToRateWindow, clearRateWindow, readRateWindow } from "./rate-windows";
import { hashToken } from "./token-hash";

const uniq = () => `k-${Math.random().toString(36).slice(2)}`;

describe("rate windows (DynamoDB Local)", () => {
  it("lets exactly max of many concurrent adds through, whichever instance sends them", async () => {
    const key = uniq();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => addToRateWindow({ scope: "test", key, windowMs: 60_000, max: 10 })),
    );
    expect(results.filter(Boolean)).toHaveLength(10);
    expect((await readRateWindow("test", key))?.count).toBe(10);
  });

  it("starts a new window once the last one is over", async () => {
    const key = uniq();
    const t0 = Date.now();
    for (let i = 0; i < 3; i++)
      await addToRateWindow({ scope: "test", key, windowMs: 1_000, max: 3, now: t0 });
    expect(await addToRateWindow({ scope: "test", key, windowMs: 1_000, max: 3, now: t0 + 999 })).toBeNull();
    expect(await readRateWindow("test", key, t0 + 1_000)).toBeNull();
    const next = await addToRateWindow({ scope: "test", key, windowMs: 1_000, max: 3, now: t0 + 1_000 });
    expect(next).toEqual({ count: 1, resetsAt: t0 + 2_000 });
  });

  it("counts without a maximum, and is cleared", async () => {
    const key = uniq();
    for (let i = 0; i < 25; i++) await addToRateWindow({ scope: "test", key, windowMs: 60_000 });
    expect((await readRateWindow("test", key))?.count).toBe(25);
    await clearRateWindow("test", key);
    expect(await readRateWindow("test", key)).toBeNull();
  });

  it("keeps only a hash of the counted key, with a TTL", async () => {
    const key = "someone@example.com";
    await addToRateWindow({ scope: "test-hash", key, windowMs: 60_000 });
    const out = await db().send(
      new GetCommand({ TableName: tableName(), Key: keys.rateWindow("test-hash", hashToken(key)) }),
    );
    expect(JSON.stringify(out.Item)).not.toContain("someone");
    expect(out.Item?.ttl).toBeGreaterThan(Date.now() / 1000);
  });
});
