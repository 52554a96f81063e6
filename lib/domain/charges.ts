import { z } from "zod";
import { billLineSchema, periodSchema } from "./billing";
import { CHARGE_KINDS, COST_BEARERS, MANUAL_CHARGE_KINDS, TICKET_COST_KINDS } from "./charges-constants";
import { idSchema, isoDateSchema, pageQuerySchema, timestampSchema } from "./common";

export { basisPointsOf, daysBetween, type LateFeeRule, lateFeeFor, lateFeeRuleSchema } from "./billing";
// values without schemas live in charges-constants.ts (client components import them from there)
export * from "./charges-constants";

const amountMinor = z.number().int().min(1).max(1_000_000_000);
const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_:.-]+$/, "Letters, digits and _ : . - only");

export const chargeSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  kind: z.enum(CHARGE_KINDS),
  label: z.string().max(200),
  /** a charge the app words in the reader's language (late fees): `label` is then the English fallback */
  labelCode: billLineSchema.shape.labelCode,
  labelParams: billLineSchema.shape.labelParams,
  amountMinor: z.number().int().min(1),
  currency: z.string().length(3),
  /** where it came from: a ticket cost (chargeback), an overdue bill (late fee), or a manager */
  ticketId: idSchema.nullable(),
  costId: idSchema.nullable(),
  lateFeeOfBillId: idSchema.nullable(),
  /** the bill that took it; null while it waits for the unit's next bill */
  billId: idSchema.nullable(),
  billedPeriod: periodSchema.nullable(),
  createdBy: idSchema,
  createdAt: timestampSchema,
});
export type Charge = z.infer<typeof chargeSchema>;
export const chargeDtoSchema = chargeSchema.omit({ buildingId: true });
export const toChargeDto = ({ buildingId: _b, ...c }: Charge) => c;

/** `POST /api/v1/charges` (managers): the same charge for each listed unit; the same key again makes nothing. */
export const createChargesInputSchema = z
  .object({
    unitIds: z.array(idSchema).min(1).max(2000).describe("The units charged (a special assessment: all)."),
    kind: z.enum(MANUAL_CHARGE_KINDS),
    label: z.string().trim().min(1).max(200).describe("Printed on the bill line."),
    amountMinor: amountMinor.describe("Charged to each unit."),
    idempotencyKey: idempotencyKeySchema.describe(
      "Chosen by the client once per form; sent again, nothing new.",
    ),
  })
  .strict();
export type CreateChargesInput = z.infer<typeof createChargesInputSchema>;

export const listChargesQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional().describe("Only this unit's charges."),
  status: z.enum(["pending", "billed"]).optional().describe("Waiting for a bill, or on one."),
});

export const ticketCostSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  ticketId: idSchema,
  kind: z.enum(TICKET_COST_KINDS),
  description: z.string().max(200),
  /** labour only: hours worked (display; the amount is what counts) */
  hours: z.number().nullable(),
  amountMinor: z.number().int().min(1),
  currency: z.string().length(3),
  incurredOn: isoDateSchema,
  bornBy: z.enum(COST_BEARERS),
  /** the unit charged (bornBy "unit"), and the charge that puts it on the unit's next bill */
  unitId: idSchema.nullable(),
  chargeId: idSchema.nullable(),
  createdBy: idSchema,
  createdAt: timestampSchema,
});
export type TicketCost = z.infer<typeof ticketCostSchema>;
export const ticketCostDtoSchema = ticketCostSchema.omit({ buildingId: true });
export const toTicketCostDto = ({ buildingId: _b, ...c }: TicketCost) => c;

/** `POST /api/v1/tickets/{id}/costs` (staff, managers). */
export const addTicketCostInputSchema = z
  .object({
    kind: z.enum(TICKET_COST_KINDS),
    description: z.string().trim().min(1).max(200),
    hours: z.number().positive().max(1000).optional(),
    amountMinor: amountMinor,
    incurredOn: isoDateSchema,
    bornBy: z.enum(COST_BEARERS),
    unitId: idSchema.optional().describe("The unit charged; required when `bornBy` is `unit`."),
    idempotencyKey: idempotencyKeySchema,
  })
  .strict()
  .refine((c) => (c.bornBy === "unit") === (c.unitId !== undefined), {
    message: "Name the unit when (and only when) the unit bears the cost",
    path: ["unitId"],
  });
export type AddTicketCostInput = z.infer<typeof addTicketCostInputSchema>;

/**
 * Spends a unit's credit (payments' unallocated amounts, oldest first) on a new bill's total. Returns what each
 * payment gives and the total taken.
 */
export function applyCredit(
  totalMinor: number,
  credits: { paymentId: string; unallocatedMinor: number }[],
): { takes: { paymentId: string; amountMinor: number }[]; appliedMinor: number } {
  let left = totalMinor;
  const takes: { paymentId: string; amountMinor: number }[] = [];
  for (const c of credits) {
    if (left <= 0) break;
    if (c.unallocatedMinor <= 0) continue;
    const take = Math.min(left, c.unallocatedMinor);
    takes.push({ paymentId: c.paymentId, amountMinor: take });
    left -= take;
  }
  return { takes, appliedMinor: totalMinor - Math.max(left, 0) };
}

/** The ticket page's cost form: the amount typed in the major unit ("45.90"), converted on the server. */
export const ticketCostFormSchema = z.object({
  ticketId: idSchema,
  kind: z.enum(TICKET_COST_KINDS),
  description: z.string().trim().min(1).max(200),
  hours: z
    .string()
    .trim()
    .max(10)
    .transform((h) => (h === "" ? undefined : Number(h.replace(",", "."))))
    .pipe(z.number().positive().max(1000).optional()),
  amount: z.string().trim().min(1).max(20),
  incurredOn: isoDateSchema,
  bornBy: z.enum(COST_BEARERS),
  unitId: z
    .string()
    .trim()
    .transform((u) => (u === "" ? undefined : u))
    .pipe(idSchema.optional()),
  idempotencyKey: idempotencyKeySchema,
});
