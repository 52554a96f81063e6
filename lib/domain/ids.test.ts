import { decodeTime, isValid } from "ulid";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newId, pooledRandom } from "./ids";

afterEach(() => vi.restoreAllMocks());

describe("record ids", () => {
  it("draws its randomness 4 KB at a time, not one getRandomValues call per character", () => {
    const calls = vi.spyOn(globalThis.crypto, "getRandomValues");
    const start = Date.parse("2031-01-01T00:00:00Z");
    // a new millisecond each time, so every id takes 16 fresh random characters (1,000 × 16 = 16,000 bytes)
    const ids = Array.from({ length: 1000 }, (_, i) => newId(start + i));
    expect(calls.mock.calls.length).toBeLessThanOrEqual(5);
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => isValid(id))).toBe(true);
    expect(ids.map((id) => decodeTime(id))).toEqual(ids.map((_, i) => start + i));
    expect([...ids].sort()).toEqual(ids);
  });

  it("gives bytes / 256: every one of the 32 ULID characters stays equally likely", () => {
    const counts = new Array(32).fill(0);
    const n = 64_000;
    const draws = Array.from({ length: n }, () => pooledRandom());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    for (const r of draws) counts[Math.floor(r * 32)]++;
    // 2,000 expected per character; 5 standard deviations (~220) either side
    for (const c of counts) expect(Math.abs(c - n / 32)).toBeLessThan(250);
  });
});
