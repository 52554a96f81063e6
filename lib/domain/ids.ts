import { monotonicFactory } from "ulid";

/**
 * New record ids: ULIDs, time-ordered so "newest first" is a sort-key order. Monotonic: two ids made in the same
 * millisecond (a user message and its answer) still sort in the order they were made, which plain `ulid()`
 * does not promise.
 */
const next = monotonicFactory();
export const newId = (at: number = Date.now()): string => next(at);
