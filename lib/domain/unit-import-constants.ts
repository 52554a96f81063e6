/**
 * Unit CSV columns and limits: values without schemas. Client components import them from here, so zod stays
 * out of their bundles; unit-import.ts re-exports them for server code.
 */

/** The columns a unit CSV has, in the order the template lists them. `status` may be left out (active). */
export const UNIT_CSV_COLUMNS = [
  "number",
  "floor",
  "type",
  "capacity",
  "rentable",
  "nightlyRate",
  "status",
] as const;
export type UnitCsvColumn = (typeof UNIT_CSV_COLUMNS)[number];
/** One import holds at most this many rows (a large building's units in one go). */
export const MAX_UNIT_IMPORT_ROWS = 500;
