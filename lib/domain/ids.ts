import { monotonicFactory } from "ulid";

/**
 * ulid's own PRNG asks `crypto.getRandomValues` for ONE byte per character: 16 calls for each id, which was the
 * largest single cost of storing an access event (~77 µs of the bench's ~0.5 ms per event). The same
 * cryptographic bytes drawn 4 KB at a time, one per character: `byte / 256` is what ulid computes from its own
 * byte, and 256 is a multiple of its 32 characters, so every character stays uniform.
 */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let taken = POOL_BYTES;
export function pooledRandom(): number {
  if (taken === POOL_BYTES) {
    globalThis.crypto.getRandomValues(pool);
    taken = 0;
  }
  return pool[taken++] / 256;
}

/**
 * New record ids: ULIDs, time-ordered so "newest first" is a sort-key order. Monotonic: two ids made in the same
 * millisecond (a user message and its answer) still sort in the order they were made, which plain `ulid()`
 * does not promise.
 */
const next = monotonicFactory(pooledRandom);
export const newId = (at: number = Date.now()): string => next(at);
