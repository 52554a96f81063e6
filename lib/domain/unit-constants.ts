/**
 * Unit types and statuses: values without schemas. Client components import them from here, so zod stays out
 * of their bundles; unit.ts re-exports them for server code.
 */

export const UNIT_TYPES = [
  "studio",
  "one_bedroom",
  "two_bedroom",
  "three_bedroom",
  "penthouse",
  "commercial",
] as const;
export const UNIT_STATUSES = ["active", "blocked", "maintenance"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export type UnitStatus = (typeof UNIT_STATUSES)[number];
