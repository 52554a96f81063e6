import { z } from "zod";
import { PAYMENT_METHODS } from "./billing-constants";
import { idSchema, isoDateSchema, pageQuerySchema, timestampSchema } from "./common";

// values without schemas live in billing-constants.ts (client components import them from there)
export * from "./billing-constants";

/**
 * Condo fees: a building's fee schedule, the monthly billing run, and the bills it makes (one per unit and period).
 * Every amount is an integer of the currency's minor unit (lib/money.ts), so sums never drift.
 */
export const periodSchema = z
  .string()
  .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, "Use a month like 2026-12")
  .describe("A billing month, `YYYY-MM`.");
export type Period = z.infer<typeof periodSchema>;

const minorAmount = z.number().int().min(0).max(1_000_000_000);
const dueDaySchema = z.number().int().min(1).max(28).default(10).describe("Day of the month bills are due.");
const paymentInstructionsSchema = z
  .string()
  .trim()
  .max(500)
  .default("")
  .describe("How to pay (bank account, reference to quote), printed on every bill.");
/** A unit's share: a weight (per-mille, square metres…) with at most 4 decimals; only ratios matter. */
const shareSchema = z
  .number()
  .positive()
  .max(1_000_000)
  .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, { message: "At most 4 decimals" });

// ---------------------------------------------------------------------------------------------------------
// Late fees

/** The building's late-fee rule: a fixed amount or a percentage of what is still owed, `afterDays` past due. */
export const lateFeeRuleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("fixed"),
      amountMinor: z.number().int().min(1).max(1_000_000_000),
      afterDays: z.number().int().min(0).max(365),
    })
    .strict(),
  z
    .object({
      kind: z.literal("percent"),
      /** basis points of the bill's balance: 150 = 1.5 % */
      basisPoints: z.number().int().min(1).max(10_000),
      afterDays: z.number().int().min(0).max(365),
    })
    .strict(),
]);
export type LateFeeRule = z.infer<typeof lateFeeRuleSchema>;

/** `a * bp / 10000`, rounded half up, in BigInt (no float touches an amount). */
export function basisPointsOf(amountMinor: number, basisPoints: number): number {
  const n = BigInt(amountMinor) * BigInt(basisPoints);
  return Number((n + 5_000n) / 10_000n);
}

/** Days from `a` to `b` (ISO dates), calendar days in UTC arithmetic. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The late fee a bill earns today under the rule, or 0: only a bill still owing, more than `afterDays` days
 * past its due date. Percent fees are of the balance still owed.
 */
export function lateFeeFor(
  rule: LateFeeRule | null,
  bill: { dueDate: string; totalMinor: number; paidMinor: number; status: string },
  today: string,
): number {
  if (!rule) return 0;
  const balance = bill.totalMinor - bill.paidMinor;
  if (bill.status === "void" || balance <= 0) return 0;
  if (daysBetween(bill.dueDate, today) <= rule.afterDays) return 0;
  return rule.kind === "fixed" ? rule.amountMinor : basisPointsOf(balance, rule.basisPoints);
}

/** Days after the due date on which an overdue bill's holders are reminded (each step once per bill). */
export const reminderDaysSchema = z
  .array(z.number().int().min(1).max(365))
  .max(5)
  .default([])
  .describe(
    "Days past due on which holders of a bill still owing are emailed a reminder, e.g. [3, 10]; each once.",
  );

const fixedScheduleInput = z
  .object({
    monthlyFeeMinor: minorAmount.describe("Every unit pays this each month."),
    dueDay: dueDaySchema,
    paymentInstructions: paymentInstructionsSchema,
    lateFee: lateFeeRuleSchema
      .nullable()
      .default(null)
      .describe(
        "A fee added to the next bill once per bill left unpaid `afterDays` days past due; null: none.",
      ),
    reminderDays: reminderDaysSchema,
  })
  .strict();
const sharesScheduleInput = z
  .object({
    shares: z
      .record(idSchema, shareSchema)
      .refine((s) => Object.keys(s).length >= 1 && Object.keys(s).length <= 2000, {
        message: "Give between 1 and 2000 units",
      })
      .describe("Unit id → its share; units not listed are not billed."),
    monthlyBudgetMinor: minorAmount.describe("The building's monthly total, split by share to the cent."),
    dueDay: dueDaySchema,
    paymentInstructions: paymentInstructionsSchema,
    lateFee: lateFeeRuleSchema
      .nullable()
      .default(null)
      .describe(
        "A fee added to the next bill once per bill left unpaid `afterDays` days past due; null: none.",
      ),
    reminderDays: reminderDaysSchema,
  })
  .strict();
/** `PUT /api/v1/billing/schedule`: a fixed fee per unit, or the monthly budget split by each unit's share. */
export const billingScheduleInputSchema = z.union([fixedScheduleInput, sharesScheduleInput]);
export type BillingScheduleInput = z.infer<typeof billingScheduleInputSchema>;

export const billingScheduleSchema = z.object({
  buildingId: idSchema,
  mode: z.enum(["fixed", "shares"]),
  monthlyFeeMinor: minorAmount.nullable(),
  monthlyBudgetMinor: minorAmount.nullable(),
  shares: z.record(idSchema, z.number()).nullable(),
  dueDay: z.number().int().min(1).max(28),
  paymentInstructions: z.string(),
  /** absent on schedules stored before late fees existed: read as null */
  lateFee: lateFeeRuleSchema.nullable().optional(),
  /** absent on schedules stored before reminders existed: none */
  reminderDays: z.array(z.number().int()).optional(),
  currency: z.string().length(3),
  updatedAt: timestampSchema,
  updatedBy: idSchema,
});
export type BillingSchedule = z.infer<typeof billingScheduleSchema>;

export const billingRunSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  period: periodSchema,
  /** bills the run made (one per billed unit); 0 while the run is still being made */
  bills: z.number().int().min(0),
  status: z.enum(["running", "complete"]),
  createdAt: timestampSchema,
  createdBy: idSchema,
  completedAt: timestampSchema.nullable(),
});
export type BillingRun = z.infer<typeof billingRunSchema>;
export const billingRunInputSchema = z.object({ period: periodSchema }).strict();
export const billingRunDtoSchema = billingRunSchema.pick({
  id: true,
  period: true,
  bills: true,
  status: true,
});

export const BILL_LINE_KINDS = ["monthly_fee", "charge"] as const;
export const billLineSchema = z.object({
  kind: z.enum(BILL_LINE_KINDS),
  /** free text of a one-off charge; the monthly fee is worded in the reader's language */
  label: z.string().max(200).nullable(),
  amountMinor: z.number().int(),
  /** the one-off charge (lib/domain/charges.ts) this line bills */
  chargeId: idSchema.nullable().optional(),
  /** a line the app words itself in the reader's language (`label` is its English fallback for API clients) */
  labelCode: z.enum(["late_fee"]).nullable().optional(),
  labelParams: z.object({ period: periodSchema }).nullable().optional(),
});
export type BillLine = z.infer<typeof billLineSchema>;

export const BILL_STATUSES = ["open", "partial", "paid", "void"] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];

export const billSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  unitNumber: z.string(),
  period: periodSchema,
  runId: idSchema,
  lines: z.array(billLineSchema),
  totalMinor: z.number().int(),
  paidMinor: z.number().int().min(0),
  /** the part of `paidMinor` that came from the unit's credit (earlier over-payments) when the bill was made */
  creditAppliedMinor: z.number().int().min(0).optional(),
  currency: z.string().length(3),
  status: z.enum(BILL_STATUSES),
  issuedOn: isoDateSchema,
  dueDate: isoDateSchema,
  /** the language the PDF is written in (the unit holder's) */
  locale: z.string(),
  /** S3 key of the rendered PDF; null until stored */
  pdfKey: z.string().nullable(),
  emailedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type Bill = z.infer<typeof billSchema>;

/** What `GET /api/v1/bills` gives for each bill (SPEC). */
export const billDtoSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitNumber: z.string(),
  period: periodSchema,
  totalMinor: z.number().int(),
  currency: z.string(),
  status: z.enum(BILL_STATUSES),
  dueDate: isoDateSchema,
  balanceMinor: z.number().int(),
  lines: z.array(billLineSchema),
  hasPdf: z.boolean(),
});
export type BillDTO = z.infer<typeof billDtoSchema>;
export const toBillDto = (b: Bill): BillDTO => ({
  id: b.id,
  unitId: b.unitId,
  unitNumber: b.unitNumber,
  period: b.period,
  totalMinor: b.totalMinor,
  currency: b.currency,
  status: b.status,
  dueDate: b.dueDate,
  balanceMinor: b.totalMinor - b.paidMinor,
  lines: b.lines,
  hasPdf: b.pdfKey !== null,
});

export const listBillsQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional().describe("Only this unit's bills."),
  period: periodSchema.optional().describe("Only this month's bills."),
  status: z.enum(BILL_STATUSES).optional().describe("Only bills in this status."),
});
export type ListBillsQuery = z.infer<typeof listBillsQuerySchema>;

export const billIdParamsSchema = z.object({ id: idSchema });
export const billPdfLinkSchema = z.object({
  url: z.string().describe("A signed GET of the PDF; works for `expiresInSeconds` only."),
  expiresInSeconds: z.number().int(),
});
/** A bill's PDF link lives this long: enough to open it, too short to be worth forwarding. */
export const BILL_PDF_URL_TTL_SECONDS = 120;

/** Paid, partial or open from what was paid (void bills stay void). */
export function billStatusOf(totalMinor: number, paidMinor: number): BillStatus {
  if (paidMinor <= 0) return totalMinor <= 0 ? "paid" : "open";
  return paidMinor >= totalMinor ? "paid" : "partial";
}

/** `2026-03` and due day 10 → `2026-03-10`. */
export const dueDateOf = (period: Period, dueDay: number) => `${period}-${String(dueDay).padStart(2, "0")}`;

const SHARE_SCALE = 10_000n;

/**
 * The monthly budget split by share, to the minor unit, summing exactly to the budget: each unit gets the floor
 * of its exact part, and the cents left over go one each to the largest remainders (ties: by unit id, so the
 * result never depends on the order shares were listed). BigInt, so no float ever touches an amount.
 */
export function splitByShares(budgetMinor: number, shares: Record<string, number>): Map<string, number> {
  const entries = Object.entries(shares)
    .map(([unitId, s]) => [unitId, BigInt(Math.round(s * Number(SHARE_SCALE)))] as const)
    .filter(([, s]) => s > 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = entries.reduce((sum, [, s]) => sum + s, 0n);
  const out = new Map<string, number>();
  if (total === 0n) return out;
  const budget = BigInt(budgetMinor);
  const parts = entries.map(([unitId, s]) => ({
    unitId,
    floor: (budget * s) / total,
    remainder: (budget * s) % total,
  }));
  let left = budget - parts.reduce((sum, p) => sum + p.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? (a.unitId < b.unitId ? -1 : 1) : a.remainder > b.remainder ? -1 : 1,
  );
  const extra = new Set<string>();
  for (const p of byRemainder) {
    if (left <= 0n) break;
    extra.add(p.unitId);
    left -= 1n;
  }
  for (const p of parts) out.set(p.unitId, Number(p.floor + (extra.has(p.unitId) ? 1n : 0n)));
  return out;
}

/** The monthly fee of each billed unit under a schedule (`unitIds`: the building's units). */
export function monthlyFees(schedule: BillingSchedule, unitIds: string[]): Map<string, number> {
  if (schedule.mode === "fixed") {
    return new Map(unitIds.map((u) => [u, schedule.monthlyFeeMinor ?? 0]));
  }
  const known = new Set(unitIds);
  const shares = Object.fromEntries(Object.entries(schedule.shares ?? {}).filter(([u]) => known.has(u)));
  return splitByShares(schedule.monthlyBudgetMinor ?? 0, shares);
}

/** `POST /api/v1/payments` (managers). The same `idempotencyKey` sent again records nothing new. */
export const recordPaymentInputSchema = z
  .object({
    unitId: idSchema,
    amountMinor: z.number().int().min(1).max(1_000_000_000),
    paidOn: isoDateSchema,
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().trim().max(120).default("").describe("Bank reference, cheque number…"),
    idempotencyKey: z
      .string()
      .min(8)
      .max(100)
      .regex(/^[A-Za-z0-9_:.-]+$/, "Letters, digits and _ : . - only")
      .describe("Chosen by the client once per payment (the form makes one when it opens)."),
  })
  .strict();
export type RecordPaymentInput = z.infer<typeof recordPaymentInputSchema>;

export const allocationSchema = z.object({
  billId: idSchema,
  period: periodSchema,
  amountMinor: z.number().int(),
});
export const paymentSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  amountMinor: z.number().int().min(1),
  currency: z.string().length(3),
  paidOn: isoDateSchema,
  method: z.enum(PAYMENT_METHODS),
  reference: z.string(),
  /** to the oldest open bills first; what is left over is the unit's credit */
  allocations: z.array(allocationSchema),
  unallocatedMinor: z.number().int().min(0),
  recordedBy: idSchema,
  createdAt: timestampSchema,
});
export type Payment = z.infer<typeof paymentSchema>;
export const paymentDtoSchema = paymentSchema.omit({ buildingId: true, recordedBy: true });
export const toPaymentDto = ({ buildingId: _b, recordedBy: _r, ...p }: Payment) => p;

/**
 * Oldest open bill first: each takes what it still owes until the amount runs out. Bills are ordered by month,
 * then due date; void and paid bills take nothing. Returns the allocations and what is left over.
 */
export function allocatePayment(
  amountMinor: number,
  bills: Pick<Bill, "id" | "period" | "dueDate" | "totalMinor" | "paidMinor" | "status">[],
): { allocations: { billId: string; period: string; amountMinor: number }[]; unallocatedMinor: number } {
  let left = amountMinor;
  const allocations: { billId: string; period: string; amountMinor: number }[] = [];
  const open = bills
    .filter((b) => b.status !== "void" && b.totalMinor - b.paidMinor > 0)
    .sort((a, b) =>
      a.period === b.period ? a.dueDate.localeCompare(b.dueDate) : a.period < b.period ? -1 : 1,
    );
  for (const b of open) {
    if (left <= 0) break;
    const take = Math.min(left, b.totalMinor - b.paidMinor);
    allocations.push({ billId: b.id, period: b.period, amountMinor: take });
    left -= take;
  }
  return { allocations, unallocatedMinor: left };
}

export const unitIdParamsSchema = z.object({ id: idSchema });
export const ledgerEntrySchema = z.object({
  date: isoDateSchema,
  kind: z.enum(["bill", "payment"]),
  id: idSchema,
  /** the bill's month, or the payment's method */
  label: z.string(),
  reference: z.string(),
  debitMinor: z.number().int(),
  creditMinor: z.number().int(),
  /** what the unit owes after this entry (negative: in credit) */
  balanceMinor: z.number().int(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export const ledgerSchema = z.object({
  unitId: idSchema,
  unitNumber: z.string(),
  currency: z.string(),
  entries: z.array(ledgerEntrySchema),
  balanceMinor: z.number().int(),
});
export type Ledger = z.infer<typeof ledgerSchema>;

/**
 * The unit's ledger: bills (dated the first of their month) and payments (their date), in date order with bills
 * before payments on the same day, and the running balance after each. Void bills are left out.
 */
export function buildLedger(
  bills: Pick<Bill, "id" | "period" | "totalMinor" | "status">[],
  payments: Pick<Payment, "id" | "paidOn" | "amountMinor" | "method" | "reference">[],
): { entries: LedgerEntry[]; balanceMinor: number } {
  const rows = [
    ...bills
      .filter((b) => b.status !== "void")
      .map((b) => ({
        date: `${b.period}-01`,
        order: 0,
        kind: "bill" as const,
        id: b.id,
        label: b.period,
        reference: "",
        debitMinor: b.totalMinor,
        creditMinor: 0,
      })),
    ...payments.map((p) => ({
      date: p.paidOn,
      order: 1,
      kind: "payment" as const,
      id: p.id,
      label: p.method,
      reference: p.reference,
      debitMinor: 0,
      creditMinor: p.amountMinor,
    })),
  ].sort((a, b) =>
    a.date === b.date ? a.order - b.order || a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1,
  );
  let balance = 0;
  const entries = rows.map(({ order: _o, ...r }) => {
    balance += r.debitMinor - r.creditMinor;
    return { ...r, balanceMinor: balance };
  });
  return { entries, balanceMinor: balance };
}

// ---------------------------------------------------------------------------------------------------------
// The manager's forms: amounts typed in the major unit ("120.50"), converted on the server with the currency.

export const feeScheduleFormSchema = z.object({
  monthlyFee: z.string().trim().min(1).max(20),
  dueDay: z.coerce.number().int().min(1).max(28),
  paymentInstructions: z.string().trim().max(500).default(""),
});
export const paymentFormSchema = z.object({
  unitId: idSchema,
  amount: z.string().trim().min(1).max(20),
  paidOn: isoDateSchema,
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().trim().max(120).default(""),
  idempotencyKey: recordPaymentInputSchema.shape.idempotencyKey,
});

/** `PUT /api/v1/billing/rules`: the late-fee rule and the reminder days, without touching the fees. */
export const billingRulesInputSchema = z
  .object({
    lateFee: lateFeeRuleSchema.nullable().describe("null: no late fee."),
    reminderDays: reminderDaysSchema,
  })
  .strict();
export type BillingRulesInput = z.infer<typeof billingRulesInputSchema>;

/** The rules form: amounts and percentages typed as text, converted on the server with the currency. */
export const billingRulesFormSchema = z.object({
  kind: z.enum(["none", "fixed", "percent"]),
  amount: z.string().trim().max(20).default(""),
  percent: z.string().trim().max(8).default(""),
  afterDays: z.string().trim().max(4).default("0"),
  reminderDays: z.string().trim().max(40).default(""),
});

/** "3, 10" → [3, 10]; null when it is not up to five whole numbers from 1 to 365. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length > 5 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const days = parts.map(Number);
  if (days.some((d) => d < 1 || d > 365)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * The reminder step a bill has reached today: the largest of the building's reminder days it is overdue by, or
 * null (not overdue enough, paid, void). Only the latest step is sent: a server down across two steps sends one.
 */
export function reminderStepFor(
  reminderDays: number[],
  bill: { dueDate: string; totalMinor: number; paidMinor: number; status: string },
  today: string,
): number | null {
  if (bill.status === "void" || bill.totalMinor - bill.paidMinor <= 0) return null;
  const overdue = daysBetween(bill.dueDate, today);
  const reached = reminderDays.filter((d) => overdue >= d);
  return reached.length ? Math.max(...reached) : null;
}
