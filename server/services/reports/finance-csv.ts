import "server-only";
import Papa from "papaparse";
import type { FinanceReport } from "@/lib/domain/finance-report";
import { toMajorText } from "@/lib/money";

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'` by
 * papaparse; a plain signed number (`-12.50`) is data, not a formula, and is left as it is so it imports as one.
 */
export const FORMULA_CELL = /^(?![-+]?\d+(\.\d+)?$)[=+\-@\t\r]/;

const unparse = (fields: string[], data: (string | number)[][]) =>
  Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_CELL });

/** One table of the report as CSV: amounts in the major unit with a dot (`1234.50`), rates in percent. */
export function financeCsv(report: FinanceReport, table: "monthly" | "arrears" | "short-stay"): string {
  const m = (minor: number) => toMajorText(minor, report.currency);
  const pct = (bps: number) => (bps / 100).toFixed(2);
  if (table === "monthly") {
    return unparse(
      ["month", "currency", "billed", "collected", "expenses", "charged_to_units", "net"],
      report.months.map((r) => [
        r.period,
        report.currency,
        m(r.billedMinor),
        m(r.collectedMinor),
        m(r.expensesMinor),
        m(r.chargedToUnitsMinor),
        m(r.netMinor),
      ]),
    );
  }
  if (table === "arrears") {
    return unparse(
      ["unit", "currency", "days_1_30", "days_31_60", "days_61_90", "days_91_plus", "total", "as_of"],
      report.arrears.units.map((r) => [
        r.unitNumber,
        report.currency,
        m(r.d1_30),
        m(r.d31_60),
        m(r.d61_90),
        m(r.d91_plus),
        m(r.totalMinor),
        report.asOf,
      ]),
    );
  }
  return unparse(
    [
      "month",
      "currency",
      "rentable_units",
      "nights_available",
      "nights_let",
      "occupancy_pct",
      "gross",
      "adr",
      "revpar",
    ],
    report.shortStay.map((r) => [
      r.period,
      report.currency,
      r.rentableUnits,
      r.nightsAvailable,
      r.nightsLet,
      pct(r.occupancyBps),
      m(r.grossMinor),
      m(r.adrMinor),
      m(r.revparMinor),
    ]),
  );
}
