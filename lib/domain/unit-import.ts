import { z } from "zod";
import { parseMajorAmount } from "../money";
import { UNIT_STATUSES, UNIT_TYPES } from "./unit";
import { MAX_UNIT_IMPORT_ROWS, type UnitCsvColumn } from "./unit-import-constants";

// values without schemas live in unit-import-constants.ts (client components import them from there)
export * from "./unit-import-constants";

/** A CSV row as parsed: every cell is text (missing cells are absent). */
export const unitCsvRowSchema = z.record(z.string(), z.string().max(200).optional());
export type UnitCsvRow = z.infer<typeof unitCsvRowSchema>;

export const unitImportInputSchema = z.object({
  rows: z.array(unitCsvRowSchema).min(1, "The file has no rows").max(MAX_UNIT_IMPORT_ROWS),
});
export type UnitImportInput = z.infer<typeof unitImportInputSchema>;

/**
 * One problem in the file: the row as people count it (1 = the first data row), the column, and why:
 * `invalid` (the cell breaks the column's rule), `repeated` (the number is already in row `otherRow`),
 * `exists` (the building already has that number). `message` is English, for API clients.
 */
export type UnitImportError = {
  row: number;
  field: UnitCsvColumn | "row";
  code: "invalid" | "repeated" | "exists";
  message: string;
  otherRow?: number;
};

const YES = new Set(["yes", "y", "true", "1", "sí", "si", "sim"]);
const NO = new Set(["no", "n", "false", "0", "não", "nao", ""]);
const intText = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .regex(/^-?\d+$/, `${what} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`));

/** Cells → a unit's fields, with messages that name the problem; the currency decides the rate's decimals. */
export function unitCsvFieldSchema(currency: string) {
  return z
    .object({
      number: z
        .string({ error: "The unit number is missing" })
        .trim()
        .min(1, "The unit number is missing")
        .max(20, "Use at most 20 characters"),
      floor: intText(-10, 300, "Floor"),
      type: z
        .string({ error: "The type is missing" })
        .trim()
        .toLowerCase()
        .pipe(z.enum(UNIT_TYPES, { error: `Use one of: ${UNIT_TYPES.join(", ")}` })),
      capacity: intText(1, 50, "Capacity"),
      rentable: z
        .string()
        .optional()
        .transform((v) => (v ?? "").trim().toLowerCase())
        .refine((v) => YES.has(v) || NO.has(v), "Use yes or no")
        .transform((v) => YES.has(v)),
      nightlyRate: z
        .string()
        .optional()
        .transform((v, ctx) => {
          const text = (v ?? "").trim();
          if (!text) return null;
          const minor = parseMajorAmount(text, currency);
          if (minor === null) {
            ctx.addIssue({ code: "custom", message: `Use an amount like 120.50 (${currency})` });
            return z.NEVER;
          }
          return minor;
        }),
      status: z
        .string()
        .optional()
        .transform((v) => (v ?? "").trim().toLowerCase() || "active")
        .pipe(z.enum(UNIT_STATUSES, { error: `Use one of: ${UNIT_STATUSES.join(", ")}` })),
    })
    .refine((u) => !u.rentable || u.nightlyRate !== null, {
      path: ["nightlyRate"],
      message: "A rentable unit needs a nightly rate",
    });
}
