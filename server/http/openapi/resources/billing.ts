import "server-only";
import { z } from "zod";
import {
  billDtoSchema,
  billIdParamsSchema,
  billingRulesInputSchema,
  billingRunDtoSchema,
  billingRunInputSchema,
  billingScheduleInputSchema,
  billingScheduleSchema,
  billPdfLinkSchema,
  ledgerSchema,
  listBillsQuerySchema,
  paymentDtoSchema,
  recordPaymentInputSchema,
  unitIdParamsSchema,
} from "@/lib/domain/billing";
import { cardCheckoutSchema, cardWebhookAnswerSchema, payBillParamsSchema } from "@/lib/domain/card-payments";
import {
  addTicketCostInputSchema,
  chargeDtoSchema,
  createChargesInputSchema,
  listChargesQuerySchema,
  ticketCostDtoSchema,
} from "@/lib/domain/charges";
import {
  financeExportQuerySchema,
  financeReportQuerySchema,
  financeReportSchema,
} from "@/lib/domain/finance-report";
import {
  listOwnerStatementsQuerySchema,
  ownerStatementPdfLinkSchema,
  ownerStatementPdfQuerySchema,
  ownerStatementSchema,
  ownerStatementSettingsDtoSchema,
  ownerStatementSettingsSchema,
} from "@/lib/domain/owner-statement";
import { defineOperations, pageOf } from "../registry";

const chargesBody = z.object({ items: z.array(chargeDtoSchema), created: z.number().int() });
const costBody = z.object({ cost: ticketCostDtoSchema });
const ticketParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});
const scheduleBody = z.object({ schedule: billingScheduleSchema.nullable() });
const runBody = z.object({ run: billingRunDtoSchema });

export const billingOperations = defineOperations({
  getBillingSchedule: {
    method: "get",
    path: "/api/v1/billing/schedule",
    tag: "Billing",
    summary: "The building's fee schedule",
    description: "`schedule` is null until a manager sets one.",
    capability: "billing.manage",
    responses: { 200: { description: "The schedule", schema: scheduleBody } },
  },
  setBillingSchedule: {
    method: "put",
    path: "/api/v1/billing/schedule",
    tag: "Billing",
    summary: "Set the fee schedule: a fixed monthly fee, or a monthly budget split by unit share",
    description:
      "Either `monthlyFeeMinor` (every unit pays it) or `shares` (unit id → weight) with `monthlyBudgetMinor`, split to the cent by largest remainder. Bills already made keep their amounts.",
    capability: "billing.manage",
    body: billingScheduleInputSchema,
    responses: { 200: { description: "The schedule as stored", schema: scheduleBody } },
  },
  setBillingRules: {
    method: "put",
    path: "/api/v1/billing/rules",
    tag: "Billing",
    summary: "Set the late-fee rule and the overdue reminders' days",
    description:
      "`lateFee`: `{kind: fixed, amountMinor, afterDays}`, `{kind: percent, basisPoints, afterDays}` or null. `reminderDays`: up to 5 days past due (e.g. `[3, 10]`) on which the holders of a bill still owing are emailed, each step once per bill. The fees are left as they are; 409 before a fee schedule exists. The hourly job applies late fees once per building-day and sends the reminders.",
    capability: "billing.manage",
    body: billingRulesInputSchema,
    responses: { 200: { description: "The schedule as stored", schema: scheduleBody } },
    errors: [409],
  },
  runBilling: {
    method: "post",
    path: "/api/v1/billing/runs",
    tag: "Billing",
    summary: "Run the month's billing: one bill per unit, rendered as PDF, stored and emailed",
    description:
      "Idempotent per month: the first call answers 201, any later call (or a concurrent one on another instance) 200 with the same run and makes no second bill. 409 when no fee schedule is set.",
    capability: "billing.manage",
    body: billingRunInputSchema,
    responses: {
      201: { description: "The run this call made", schema: runBody },
      200: { description: "The month's run, made earlier", schema: runBody },
    },
    errors: [409],
  },
  listBills: {
    method: "get",
    path: "/api/v1/bills",
    tag: "Billing",
    summary: "Bills, latest month first",
    description:
      "Managers: every bill of the building. Residents: only their own units' bills (another unit's `unitId` answers 403); residents get one page, no cursor.",
    capability: "bill.read",
    query: listBillsQuerySchema,
    responses: { 200: { description: "A page of bills", schema: pageOf(billDtoSchema) } },
  },
  getBillPdf: {
    method: "get",
    path: "/api/v1/bills/{id}/pdf",
    tag: "Billing",
    summary: "A short-lived link to a bill's PDF",
    description:
      "Managers of the building and the holders of the bill's unit only. A bill whose PDF was never stored is rendered on the spot.",
    capability: "bill.read",
    params: billIdParamsSchema,
    responses: { 200: { description: "The signed link", schema: billPdfLinkSchema } },
    errors: [404, 409],
  },
  recordPayment: {
    method: "post",
    path: "/api/v1/payments",
    tag: "Billing",
    summary: "Record a payment a unit made",
    description:
      "Allocated to the unit's oldest open bills first; any amount left over is the unit's credit. The same `idempotencyKey` again answers 200 with the payment already recorded (counted once); with a different unit or amount, 409.",
    capability: "billing.manage",
    body: recordPaymentInputSchema,
    responses: {
      201: { description: "Recorded now", schema: z.object({ payment: paymentDtoSchema }) },
      200: { description: "Recorded before with this key", schema: z.object({ payment: paymentDtoSchema }) },
    },
    errors: [404, 409],
  },
  payBill: {
    method: "post",
    path: "/api/v1/bills/{id}/pay",
    tag: "Billing",
    summary: "Pay one of your bills by card: a hosted checkout for its balance",
    description:
      "The bill's own unit holders (residents). Answers where to send the payer: Stripe Checkout in production, the local double's page (`LocalCheckoutDouble`, no money moves) in development. Nothing is recorded until the provider's signed event reaches `POST /api/v1/payments/webhook`. 409 when the bill owes nothing or card payments are off.",
    capability: "bill.pay",
    params: payBillParamsSchema,
    responses: { 200: { description: "The checkout to open", schema: cardCheckoutSchema } },
    errors: [404, 409],
  },
  receiveCardWebhook: {
    method: "post",
    path: "/api/v1/payments/webhook",
    tag: "Billing",
    summary: "The card provider's events (Stripe webhook endpoint)",
    description:
      "Public, authenticated by the `Stripe-Signature` header (`t=…,v1=` HMAC-SHA256 of `t.body` with `STRIPE_WEBHOOK_SECRET`), verified with the Stripe SDK before anything is read: a missing, wrong or stale (over 5 minutes) signature is 400 and changes nothing. `checkout.session.completed` (paid) and `checkout.session.async_payment_succeeded` record one card payment for the session's unit, allocated to its oldest open bills first; the same event again (or another event of the same session) records nothing new (`duplicate: true` for a replayed event id). Other events are acknowledged and ignored. 404 when card payments are off. The body is the provider's raw JSON event (at most 256 KB).",
    auth: "public",
    responses: { 200: { description: "Received", schema: cardWebhookAnswerSchema } },
    errors: [400, 404],
  },
  getUnitLedger: {
    method: "get",
    path: "/api/v1/units/{id}/ledger",
    tag: "Billing",
    summary: "A unit's bills and payments with the running balance",
    description: "Managers of the building, and the unit's own holders. A negative balance is a credit.",
    capability: "bill.read",
    params: unitIdParamsSchema,
    responses: { 200: { description: "The ledger", schema: ledgerSchema } },
    errors: [404],
  },
  getOwnerStatements: {
    method: "get",
    path: "/api/v1/owner-statements",
    tag: "Billing",
    summary: "What each unit earned from short stays in a month, for its owner",
    description:
      "One month's statements, whole (one per rentable unit: bounded by the building, so not paged). Per unit: nights let, gross by booking channel (a stay's price spread over its nights to the cent), the channel's commission, the approved early check-in and late check-out fees (`stayTimeFeesMinor`: each counted in the month of the night it lengthens, the first or the last; no channel commission), cleaning fees for stays that checked out in the month, the building's management commission (on the gross after the channel's commission plus the stay-time fees), and the net to the owner. Managers: every rentable unit; owners: the units they own (another unit's `unitId` answers 403).",
    capability: "ownerStatement.read",
    query: listOwnerStatementsQuerySchema,
    responses: {
      200: {
        description: "The month's statements",
        schema: z.object({ items: z.array(ownerStatementSchema) }),
      },
    },
  },
  getOwnerStatementSettings: {
    method: "get",
    path: "/api/v1/owner-statements/settings",
    tag: "Billing",
    summary: "What the building charges short-stay owners",
    description:
      "Managers. The management commission (basis points of the gross after the channel's commission), each channel's commission (basis points of its gross, by booking source) and the cleaning fee per stay checking out. The defaults while none were saved (`updatedAt: null`).",
    capability: "billing.manage",
    responses: { 200: { description: "The settings", schema: ownerStatementSettingsDtoSchema } },
  },
  setOwnerStatementSettings: {
    method: "put",
    path: "/api/v1/owner-statements/settings",
    tag: "Billing",
    summary: "Set the management commission, channel commissions and cleaning fee",
    description:
      "Managers. Fields left out take their defaults (management 15 %, iCal 15 %, Airbnb 3 %, Booking.com 15 %, Vrbo 8 %, others 0, cleaning 0). Statements are computed when read, so every month read afterwards uses these.",
    capability: "billing.manage",
    body: ownerStatementSettingsSchema,
    responses: { 200: { description: "The settings as stored", schema: ownerStatementSettingsDtoSchema } },
  },
  getOwnerStatementPdf: {
    method: "get",
    path: "/api/v1/owner-statements/pdf",
    tag: "Billing",
    summary: "A short-lived link to a unit's statement for a month, as a PDF",
    description:
      "Managers of the building and the unit's own owners (another unit's owner, or a resident who does not own it, 403). Rendered from the statement computed now (the same figures as `GET /api/v1/owner-statements`), in the owner's language, stored privately and signed for 120 s.",
    capability: "ownerStatement.read",
    query: ownerStatementPdfQuerySchema,
    responses: { 200: { description: "The signed link", schema: ownerStatementPdfLinkSchema } },
    errors: [404],
  },
  createCharges: {
    method: "post",
    path: "/api/v1/charges",
    tag: "Billing",
    summary: "One-off charges: a special assessment, a move-in fee, an amenity deposit…",
    description:
      "The same charge on each listed unit; each waits for its unit's next bill, which takes it exactly once. The same `idempotencyKey` again answers 200 and makes nothing new (`created: 0`); with a different amount or kind, 409.",
    capability: "billing.manage",
    body: createChargesInputSchema,
    responses: {
      201: { description: "Charges made now", schema: chargesBody },
      200: { description: "Made before with this key", schema: chargesBody },
    },
    errors: [409],
  },
  listCharges: {
    method: "get",
    path: "/api/v1/charges",
    tag: "Billing",
    summary: "One-off charges, newest first",
    description:
      "`status=pending`: still waiting for a bill; `billed`: on a bill (`billId`, `billedPeriod`).",
    capability: "billing.manage",
    query: listChargesQuerySchema,
    responses: { 200: { description: "A page of charges", schema: pageOf(chargeDtoSchema) } },
  },
  applyLateFees: {
    method: "post",
    path: "/api/v1/billing/late-fees",
    tag: "Billing",
    summary: "Sweep overdue bills: one late fee per bill, per the schedule's rule",
    description:
      "Every bill still owing more than the rule's `afterDays` past due gets one late-fee charge (fixed, or basis points of the balance, rounded half up) for the unit's next bill. Once per bill however often it runs; every billing run sweeps first. The app's hourly job also runs it once per building-day; call it to sweep now.",
    capability: "billing.manage",
    responses: {
      200: {
        description: "How many late fees this sweep added",
        schema: z.object({ applied: z.number().int(), today: z.string() }),
      },
    },
  },
  addTicketCost: {
    method: "post",
    path: "/api/v1/tickets/{id}/costs",
    tag: "Tickets",
    summary: "Record labour or materials on a ticket",
    description:
      "`bornBy: building`: an expense of the building. `bornBy: unit` with `unitId`: also a chargeback on that unit's next bill (once). The same `idempotencyKey` again answers 200 with the cost already recorded.",
    capability: "ticketCost.manage",
    params: ticketParams,
    body: addTicketCostInputSchema,
    responses: {
      201: { description: "Recorded now", schema: costBody },
      200: { description: "Recorded before with this key", schema: costBody },
    },
    errors: [404, 409],
  },
  getTicketCosts: {
    method: "get",
    path: "/api/v1/tickets/{id}/costs",
    tag: "Tickets",
    summary: "A ticket's labour and materials",
    capability: "ticketCost.manage",
    params: ticketParams,
    responses: {
      200: {
        description: "The costs, oldest first, and their total",
        schema: z.object({ costs: z.array(ticketCostDtoSchema), totalMinor: z.number().int() }),
      },
    },
    errors: [404],
  },
  getFinanceReport: {
    method: "get",
    path: "/api/v1/reports/finance",
    tag: "Reports",
    summary: "The board's finance report over a range of months",
    description:
      "Managers. Per month: billed, collected (payments by date paid), expenses (ticket costs; the part charged on to units apart) and net. The collection rate of the range's bills (basis points). Arrears by unit, aged on the building's date from each bill's due date (1–30, 31–60, 61–90, 91+ days). Short stays per month: rentable units, nights available and let, gross, occupancy (basis points), ADR and RevPAR (minor units, rounded half up). At most 24 months.",
    capability: "report.finance",
    query: financeReportQuerySchema,
    responses: { 200: { description: "The report", schema: financeReportSchema } },
  },
  exportFinanceReport: {
    method: "get",
    path: "/api/v1/reports/finance/export",
    tag: "Reports",
    summary: "One table of the finance report as CSV",
    description:
      "`table`: monthly, arrears or short-stay. UTF-8 with a byte-order mark, comma-separated, RFC 4180 quoting; amounts in the major unit with a dot; a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, other than a plain number) is prefixed with `'`.",
    capability: "report.finance",
    query: financeExportQuerySchema,
    responses: { 200: { description: "The CSV file", contentType: "text/csv" } },
  },
});
