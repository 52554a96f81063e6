/**
 * Access log values without schemas. Client components import them from here, so zod stays out of their
 * bundles; access-log.ts re-exports them for server code.
 */

export const ACCESS_METHODS = ["pin", "app", "key", "nfc", "remote"] as const;
export const ACCESS_RESULTS = ["granted", "denied"] as const;
export type AccessMethod = (typeof ACCESS_METHODS)[number];
export type AccessResult = (typeof ACCESS_RESULTS)[number];

export const ACCESS_PERSON_KINDS = ["guest", "resident", "staff", "visitor", "mission"] as const;
