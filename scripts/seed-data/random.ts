import { createHash } from "node:crypto";
import { ulid } from "ulid";

/**
 * Deterministic randomness for the demo: the same seed string gives the same data every run, so ids, PINs and
 * the demo check-in link can be written into docs and e2e tests.
 */
export function rng(seed: string) {
  // mulberry32 seeded from a hash of the string
  let a = createHash("sha256").update(seed).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
    /** a ULID whose time part is `at` and whose random part comes from this generator */
    ulid: (at: Date | string | number) => ulid(new Date(at).getTime(), next),
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(""),
  };
}
export type Rng = ReturnType<typeof rng>;

/** A stable 43-character base64url token derived from a label (looks like a 32-byte random token). */
export function demoToken(label: string): string {
  return createHash("sha256").update(`buildingos demo token: ${label}`).digest("base64url");
}
