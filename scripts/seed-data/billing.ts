import {
  allocatePayment,
  type Bill,
  type BillingRun,
  billStatusOf,
  dueDateOf,
  type Payment,
} from "@/lib/domain/billing";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import type { UserRecord } from "@/lib/domain/user";
import { claimBillingRun, putBillingSchedule } from "@/server/db/billing";
import { billIdOf, createBillIfAbsent, listAllBillsOfUnit } from "@/server/db/bills";
import { paymentIdOf, recordPaymentTx } from "@/server/db/payments";
import { resolveLocale } from "@/server/i18n/resolve-locale";
import type { DemoBuildingSpec } from "./buildings";

/**
 * The demo building's money: a fixed monthly fee, the last three months billed (PDFs are rendered on first
 * download, no email), and payments that leave a few units behind, so the ledger, balances and arrears show.
 * Written through the app's db functions; deterministic ids, so an interrupted seed re-run changes nothing.
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
      const bill: Bill = {
        id: billIdOf(b, period, unit.id),
        buildingId: b,
        unitId: unit.id,
        unitNumber: unit.number,
        period,
        runId: run.id,
        lines: [{ kind: "monthly_fee", label: null, amountMinor: monthlyFeeMinor }],
        totalMinor: monthlyFeeMinor,
        paidMinor: 0,
        currency: spec.building.currency,
        status: billStatusOf(monthlyFeeMinor, 0),
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
  return monthly;
}

/** `2026-03`, 2 → `2026-01`. */
function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}
