import { z } from "zod";
import { type Bill, type Payment, periodSchema } from "./billing";
import { daysBetween, type TicketCost } from "./charges";
import type { OwnerStatement } from "./owner-statement";

/**
 * The board's finance report over a range of months: income and expenses per month, arrears by unit and age,
 * the collection rate, and short-stay revenue with occupancy, ADR and RevPAR. Pure: the service loads bills,
 * payments, ticket costs and the month's owner statements and this computes every figure in integers.
 */
export const MAX_REPORT_MONTHS = 24;

export const financeReportQuerySchema = z
  .object({
    from: periodSchema.describe("First month, `YYYY-MM`."),
    to: periodSchema.describe("Last month, `YYYY-MM` (at most 24 months after `from`)."),
  })
  .refine((q) => q.from <= q.to, { message: "`from` must not be after `to`", path: ["to"] })
  .refine((q) => monthsBetween(q.from, q.to).length <= MAX_REPORT_MONTHS, {
    message: `At most ${MAX_REPORT_MONTHS} months`,
    path: ["to"],
  });
export type FinanceReportQuery = z.infer<typeof financeReportQuerySchema>;

export const REPORT_TABLES = ["monthly", "arrears", "short-stay"] as const;
export const financeExportQuerySchema = z
  .object({
    from: periodSchema,
    to: periodSchema,
    table: z.enum(REPORT_TABLES).describe("Which table of the report to export."),
  })
  .refine((q) => q.from <= q.to && monthsBetween(q.from, q.to).length <= MAX_REPORT_MONTHS, {
    message: `A range of at most ${MAX_REPORT_MONTHS} months`,
    path: ["to"],
  });

/** The months from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  for (let i = 0; i < 1000; i++) {
    const p = `${y}-${String(m).padStart(2, "0")}`;
    if (p > to) break;
    out.push(p);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const int = z.number().int();
export const monthRowSchema = z.object({
  period: periodSchema,
  /** what the month's bills charged */
  billedMinor: int,
  /** payments received in the month (by date paid) */
  collectedMinor: int,
  /** ticket costs incurred in the month: all, and the part charged on to units */
  expensesMinor: int,
  chargedToUnitsMinor: int,
  /** collected − expenses */
  netMinor: int,
});
export const ARREARS_BUCKETS = ["d1_30", "d31_60", "d61_90", "d91_plus"] as const;
export const arrearsRowSchema = z.object({
  unitId: z.string(),
  unitNumber: z.string(),
  d1_30: int,
  d31_60: int,
  d61_90: int,
  d91_plus: int,
  totalMinor: int,
});
export type ArrearsRow = z.infer<typeof arrearsRowSchema>;
export const shortStayRowSchema = z.object({
  period: periodSchema,
  rentableUnits: int,
  /** rentable units × nights in the month */
  nightsAvailable: int,
  nightsLet: int,
  grossMinor: int,
  /** nights let / available, in basis points (10000 = 100 %) */
  occupancyBps: int,
  /** average daily rate: gross / nights let, rounded half up; 0 with no night let */
  adrMinor: int,
  /** revenue per available unit-night: gross / nights available, rounded half up */
  revparMinor: int,
});
export const financeReportSchema = z.object({
  from: periodSchema,
  to: periodSchema,
  currency: z.string(),
  asOf: z.string().describe("The building's date the arrears are aged on."),
  months: z.array(monthRowSchema),
  totals: monthRowSchema.omit({ period: true }),
  collection: z.object({
    billedMinor: int,
    paidMinor: int,
    /** paid / billed of the range's bills, in basis points; null when nothing was billed */
    rateBps: int.nullable(),
  }),
  arrears: z.object({
    units: z.array(arrearsRowSchema),
    totals: arrearsRowSchema.omit({ unitId: true, unitNumber: true }),
  }),
  shortStay: z.array(shortStayRowSchema),
});
export type FinanceReport = z.infer<typeof financeReportSchema>;

/** `n / d` rounded half up, in integers (d > 0). */
const divRound = (n: number, d: number) => (d <= 0 ? 0 : Math.floor((2 * n + d) / (2 * d)));

/** The age bucket of an amount `days` past due (1 day and over), or null when not yet late. */
export function arrearsBucket(days: number): (typeof ARREARS_BUCKETS)[number] | null {
  if (days <= 0) return null;
  if (days <= 30) return "d1_30";
  if (days <= 60) return "d31_60";
  if (days <= 90) return "d61_90";
  return "d91_plus";
}

export function financeReportOf(input: {
  from: string;
  to: string;
  currency: string;
  today: string;
  /** the range's bills */
  bills: Pick<Bill, "period" | "totalMinor" | "paidMinor" | "status">[];
  /** every bill still owing (any month), for the arrears */
  unpaid: Pick<Bill, "unitId" | "unitNumber" | "dueDate" | "totalMinor" | "paidMinor" | "status">[];
  payments: Pick<Payment, "paidOn" | "amountMinor">[];
  costs: Pick<TicketCost, "incurredOn" | "amountMinor" | "bornBy">[];
  /** each month's owner statements (every rentable unit) */
  statements: Map<string, Pick<OwnerStatement, "nightsLet" | "nightsInMonth" | "grossMinor">[]>;
}): FinanceReport {
  const periods = monthsBetween(input.from, input.to);
  const live = input.bills.filter((b) => b.status !== "void");
  const months = periods.map((period) => {
    const billedMinor = live.filter((b) => b.period === period).reduce((s, b) => s + b.totalMinor, 0);
    const collectedMinor = input.payments
      .filter((p) => p.paidOn.startsWith(`${period}-`))
      .reduce((s, p) => s + p.amountMinor, 0);
    const costs = input.costs.filter((c) => c.incurredOn.startsWith(`${period}-`));
    const expensesMinor = costs.reduce((s, c) => s + c.amountMinor, 0);
    const chargedToUnitsMinor = costs
      .filter((c) => c.bornBy === "unit")
      .reduce((s, c) => s + c.amountMinor, 0);
    return {
      period,
      billedMinor,
      collectedMinor,
      expensesMinor,
      chargedToUnitsMinor,
      netMinor: collectedMinor - expensesMinor,
    };
  });
  const sum = (k: "billedMinor" | "collectedMinor" | "expensesMinor" | "chargedToUnitsMinor" | "netMinor") =>
    months.reduce((s, m) => s + m[k], 0);
  const billed = live.reduce((s, b) => s + b.totalMinor, 0);
  const paid = live.reduce((s, b) => s + Math.min(b.paidMinor, b.totalMinor), 0);

  const byUnit = new Map<string, ArrearsRow>();
  for (const b of input.unpaid) {
    const owed = b.totalMinor - b.paidMinor;
    if (b.status === "void" || owed <= 0) continue;
    const bucket = arrearsBucket(daysBetween(b.dueDate, input.today));
    if (!bucket) continue;
    const row = byUnit.get(b.unitId) ?? {
      unitId: b.unitId,
      unitNumber: b.unitNumber,
      d1_30: 0,
      d31_60: 0,
      d61_90: 0,
      d91_plus: 0,
      totalMinor: 0,
    };
    row[bucket] += owed;
    row.totalMinor += owed;
    byUnit.set(b.unitId, row);
  }
  const units = [...byUnit.values()].sort(
    (a, b) =>
      b.totalMinor - a.totalMinor || a.unitNumber.localeCompare(b.unitNumber, "en", { numeric: true }),
  );
  const arrearsTotal = (k: (typeof ARREARS_BUCKETS)[number] | "totalMinor") =>
    units.reduce((s, u) => s + u[k], 0);

  const shortStay = periods.map((period) => {
    const st = input.statements.get(period) ?? [];
    const nightsAvailable = st.reduce((s, x) => s + x.nightsInMonth, 0);
    const nightsLet = st.reduce((s, x) => s + x.nightsLet, 0);
    const grossMinor = st.reduce((s, x) => s + x.grossMinor, 0);
    return {
      period,
      rentableUnits: st.length,
      nightsAvailable,
      nightsLet,
      grossMinor,
      occupancyBps: divRound(nightsLet * 10_000, nightsAvailable),
      adrMinor: divRound(grossMinor, nightsLet),
      revparMinor: divRound(grossMinor, nightsAvailable),
    };
  });

  return {
    from: input.from,
    to: input.to,
    currency: input.currency,
    asOf: input.today,
    months,
    totals: {
      billedMinor: sum("billedMinor"),
      collectedMinor: sum("collectedMinor"),
      expensesMinor: sum("expensesMinor"),
      chargedToUnitsMinor: sum("chargedToUnitsMinor"),
      netMinor: sum("netMinor"),
    },
    collection: {
      billedMinor: billed,
      paidMinor: paid,
      rateBps: billed > 0 ? divRound(paid * 10_000, billed) : null,
    },
    arrears: {
      units,
      totals: {
        d1_30: arrearsTotal("d1_30"),
        d31_60: arrearsTotal("d31_60"),
        d61_90: arrearsTotal("d61_90"),
        d91_plus: arrearsTotal("d91_plus"),
        totalMinor: arrearsTotal("totalMinor"),
      },
    },
    shortStay,
  };
}
