import {
  allocatePayment,
  type Bill,
  type BillingRun,
  billStatusOf,
  dueDateOf,
  type Payment,
} from "@/lib/domain/billing";
import type { Charge } from "@/lib/domain/charges";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import type { UserRecord } from "@/lib/domain/user";
import { claimBillingRun, putBillingSchedule } from "@/server/db/billing";
import { billIdOf, createBillIfAbsent, listAllBillsOfUnit } from "@/server/db/bills";
import { chargeIdOf, chargeItem } from "@/server/db/charges";
import { paymentIdOf, recordPaymentTx } from "@/server/db/payments";
import { putIfAbsent } from "@/server/db/write";
import { resolveLocale } from "@/server/i18n/resolve-locale";
import type { DemoBuildingSpec } from "./buildings";

/**
 * The demo building's money: a fixed monthly fee, the last three months billed (PDFs are rendered on first
 * download, no email), and payments that leave a few units behind, so the ledger, balances and arrears show.
 * One-off charges show on the last month's bills: a move-in fee (101), a chargeback from a ticket (203) and the
 * late fees of the month before (203, 304, worded by code in each reader's language); a special assessment
 * waits on every unit for the next billing run. Late fees (25.00 after 5 days) and reminders (3 and 10 days)
 * are on. Written through the app's db functions; deterministic ids, so an interrupted seed re-run changes nothing.
 */
export async function seedBilling(
  spec: DemoBuildingSpec,
  opts: { units: Unit[]; users: UserRecord[]; now: Date },
): Promise<{ bills: number; payments: number }> {
  if (spec.slug !== "harbor") return { bills: 0, payments: 0 };
  const b = spec.id;
  const at = opts.now.toISOString();
  const monthlyFeeMinor = 32_500;
  const manager = `usr_${spec.slug}_manager`;
  await putBillingSchedule({
    schedule: {
      buildingId: b,
      mode: "fixed",
      monthlyFeeMinor,
      monthlyBudgetMinor: null,
      shares: null,
      dueDay: 10,
      paymentInstructions:
        "Bank transfer to Harbor View Condominium Association, Casco Bay Bank, routing 011000138, account 4410 2277 31. Quote your unit number as the reference.",
      lateFee: { kind: "fixed", amountMinor: 2_500, afterDays: 5 },
      reminderDays: [3, 10],
      currency: spec.building.currency,
      updatedAt: at,
      updatedBy: manager,
    },
  });
  const today = todayIn(spec.building.timezone, opts.now);
  const periods = [3, 2, 1].map((back) => monthsBefore(today.slice(0, 7), back));
  let bills = 0;
  let payments = 0;
  for (const period of periods) {
    const run: BillingRun = {
      id: `run_${spec.slug}_${period.replace("-", "")}`,
      buildingId: b,
      period,
      bills: opts.units.length,
      status: "complete",
      createdAt: at,
      createdBy: manager,
      completedAt: at,
    };
    await claimBillingRun({ run });
    for (const unit of opts.units) {
      const holder = opts.users.find((u) => unit.residentIds.includes(u.id));
      const id = billIdOf(b, period, unit.id);
      const charges =
        period === periods[2] ? demoCharges(unit, periods[1], { b, at, manager, id, period }) : [];
      for (const c of charges) await putIfAbsent(chargeItem({ ...c, currency: spec.building.currency }));
      const lines: Bill["lines"] = [
        { kind: "monthly_fee", label: null, amountMinor: monthlyFeeMinor },
        ...charges.map((c) => ({
          kind: "charge" as const,
          label: c.label,
          amountMinor: c.amountMinor,
          chargeId: c.id,
          labelCode: c.labelCode ?? null,
          labelParams: c.labelParams ?? null,
        })),
      ];
      const totalMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
      const bill: Bill = {
        id,
        buildingId: b,
        unitId: unit.id,
        unitNumber: unit.number,
        period,
        runId: run.id,
        lines,
        totalMinor,
        paidMinor: 0,
        currency: spec.building.currency,
        status: billStatusOf(totalMinor, 0),
        issuedOn: `${period}-01`,
        dueDate: dueDateOf(period, 10),
        locale: resolveLocale({ userLocale: holder?.locale, buildingLocale: spec.building.locale }),
        pdfKey: null,
        emailedAt: at,
        createdAt: at,
      };
      if (await createBillIfAbsent({ bill })) bills++;
    }
  }
  // the special assessment the board voted: on every unit, waiting for the next billing run
  for (const unit of opts.units) {
    await putIfAbsent(
      chargeItem({
        ...chargeBase({ b, at, manager }, unit),
        id: chargeIdOf(b, `seed:assessment:${unit.id}`),
        kind: "special_assessment",
        label: "Special assessment: roof membrane replacement (1 of 3)",
        amountMinor: 12_000,
        currency: spec.building.currency,
      }),
    );
  }
  // Most units pay each month by the 8th; unit 102 paid part of the last month, 203 and 304 have not paid for
  // two months (arrears), and 401 paid a quarter at once (its credit shows on the ledger).
  for (const unit of opts.units) {
    const plan = paymentPlan(unit.number, periods, monthlyFeeMinor);
    for (const [i, p] of plan.entries()) {
      const id = paymentIdOf(b, `seed-${unit.id}-${i}`);
      const open = await listAllBillsOfUnit({ buildingId: b, unitId: unit.id });
      const { allocations, unallocatedMinor } = allocatePayment(p.amountMinor, open);
      const payment: Payment = {
        id,
        buildingId: b,
        unitId: unit.id,
        amountMinor: p.amountMinor,
        currency: spec.building.currency,
        paidOn: p.paidOn,
        method: p.method,
        reference: `HV-${unit.number}-${p.paidOn.slice(0, 7)}`,
        allocations,
        unallocatedMinor,
        recordedBy: manager,
        createdAt: at,
      };
      try {
        await recordPaymentTx({ payment, bills: open });
        payments++;
      } catch {
        // already recorded by an earlier, interrupted seed
      }
    }
  }
  return { bills, payments };
}

type Ctx = { b: string; at: string; manager: string };
const chargeBase = (ctx: Ctx, unit: Unit) => ({
  buildingId: ctx.b,
  unitId: unit.id,
  labelCode: null,
  labelParams: null,
  ticketId: null,
  costId: null,
  lateFeeOfBillId: null,
  billId: null as string | null,
  billedPeriod: null as string | null,
  createdBy: ctx.manager,
  createdAt: ctx.at,
});

/** The one-off charges on a unit's last demo bill (`billId`), already billed by it. */
function demoCharges(
  unit: Unit,
  previous: string,
  ctx: Ctx & { id: string; period: string },
): Omit<Charge, "currency">[] {
  const billed = (c: Omit<Charge, "currency" | "billId" | "billedPeriod">) => ({
    ...c,
    billId: ctx.id,
    billedPeriod: ctx.period,
  });
  const out: Omit<Charge, "currency">[] = [];
  const base = chargeBase(ctx, unit);
  if (unit.number === "101")
    out.push(
      billed({
        ...base,
        id: chargeIdOf(ctx.b, `seed:move-in:${unit.id}`),
        kind: "move_in_fee",
        label: "Move-in fee (elevator reservation and padding)",
        amountMinor: 15_000,
      }),
    );
  if (unit.number === "203")
    out.push(
      billed({
        ...base,
        id: chargeIdOf(ctx.b, `seed:chargeback:${unit.id}`),
        kind: "chargeback",
        label: "Hallway light fixture replaced (damaged during a delivery)",
        amountMinor: 8_450,
      }),
    );
  if (unit.number === "203" || unit.number === "304") {
    const overdue = billIdOf(ctx.b, previous, unit.id);
    out.push(
      billed({
        ...base,
        id: chargeIdOf(ctx.b, `late:${overdue}`),
        kind: "late_fee",
        label: `Late fee: ${previous}`,
        labelCode: "late_fee",
        labelParams: { period: previous },
        lateFeeOfBillId: overdue,
        amountMinor: 2_500,
      }),
    );
  }
  return out;
}

type PlannedPayment = { amountMinor: number; paidOn: string; method: Payment["method"] };

function paymentPlan(unit: string, periods: string[], fee: number): PlannedPayment[] {
  const on = (period: string, day: number) => `${period}-${String(day).padStart(2, "0")}`;
  if (unit === "401") return [{ amountMinor: fee * 4, paidOn: on(periods[0], 5), method: "bank_transfer" }];
  if (unit === "203" || unit === "304") {
    return [{ amountMinor: fee, paidOn: on(periods[0], 9), method: "check" }];
  }
  const monthly = periods.map((p, i) => ({
    amountMinor: fee,
    paidOn: on(p, 3 + ((Number(unit) + i) % 6)),
    method: (Number(unit) % 3 === 0 ? "cash" : "bank_transfer") as Payment["method"],
  }));
  if (unit === "102") monthly[2] = { ...monthly[2], amountMinor: 20_000 };
  // 101 also paid its move-in fee with the last month
  if (unit === "101") monthly[2] = { ...monthly[2], amountMinor: fee + 15_000 };
  return monthly;
}

/** `2026-03`, 2 → `2026-01`. */
function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}
