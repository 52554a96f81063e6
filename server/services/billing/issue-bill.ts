import "server-only";
import {
  type Bill,
  type BillingSchedule,
  type BillLine,
  billStatusOf,
  dueDateOf,
} from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import { applyCredit } from "@/lib/domain/charges";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import type { User } from "@/lib/domain/user";
import { conflict } from "@/lib/errors";
import { billIdOf, claimBillEmail, createBillTx, findBill, setBillPdf } from "../../db/bills";
import { listUnbilledCharges } from "../../db/charges";
import { listAllPaymentsOfUnit } from "../../db/payments";
import { findUser } from "../../db/users";
import { TransactionRefused } from "../../db/write";
import { sendBillEmails } from "../../email/bill-email";
import { resolveLocale } from "../../i18n/resolve-locale";
import { renderBillPdf } from "../../pdf/bill-pdf";
import { billPdfKey, storeBillPdf } from "../../storage/bill-pdfs";

/** Who a unit's bill is for: its owners, or its residents when it has no owner on record; active accounts only. */
export async function unitHolders(unit: Unit): Promise<User[]> {
  const ids = unit.ownerIds.length ? unit.ownerIds : unit.residentIds;
  const users = await Promise.all(ids.map((userId) => findUser({ buildingId: unit.buildingId, userId })));
  return users.filter((u): u is User => u !== null && u.status === "active");
}

/**
 * One unit's bill for the month, each step once whatever the number of callers: the bill (conditional put on
 * its derived id, with the unit's waiting one-off charges and its credit, see makeBill), its PDF (rendered and stored while missing; a concurrent render writes the same object), and
 * its email (claimed by a conditional update before it is sent).
 */
export async function issueBill(input: {
  building: Building;
  schedule: BillingSchedule;
  unit: Unit;
  period: string;
  runId: string;
  feeMinor: number;
}): Promise<Bill> {
  const { building, schedule, unit, period } = input;
  const holders = await unitHolders(unit);
  const locale = resolveLocale({ userLocale: holders[0]?.locale, buildingLocale: building.locale });
  const id = billIdOf(building.id, period, unit.id);
  let bill = await makeBill({ ...input, id, locale });
  if (bill.pdfKey === null) bill = await storeBillAsPdf(bill, building, schedule.paymentInstructions);
  if (bill.emailedAt === null && (await claimBillEmail({ buildingId: building.id, billId: id }))) {
    await sendBillEmails(bill, building, holders);
  }
  return bill;
}

/**
 * Renders the bill in its holder's language and stores it; the same object key every time, so a render that
 * races another (or repeats one a crash interrupted) writes the same file. Returns the bill with its key.
 */
export async function storeBillAsPdf(
  bill: Bill,
  building: Building,
  paymentInstructions: string,
): Promise<Bill> {
  const pdfKey = billPdfKey(building.id, bill.period, bill.id);
  const bytes = await renderBillPdf({
    bill,
    building,
    paymentInstructions,
    locale: resolveLocale({ userLocale: bill.locale }),
  });
  await storeBillPdf(pdfKey, bytes);
  return setBillPdf({ buildingId: building.id, billId: bill.id, pdfKey });
}

/** A bill takes at most this many charges and credits (a transaction holds 100 items); the rest wait a month. */
const MAX_CHARGES = 60;
const MAX_CREDITS = 30;
const ATTEMPTS = 8;

/**
 * The unit's bill for the month: the existing one, or a new one made in one transaction with the monthly fee,
 * every one-off charge still waiting for the unit (each marked billed, only if still unbilled) and the unit's
 * credit spent on it (over-payments oldest first, each only if unchanged). When another bill takes a charge or
 * credit first (a run for another month racing this one) the bill is computed again without it, so a charge is
 * on exactly one bill and a credit spent once.
 */
async function makeBill(input: {
  building: Building;
  schedule: BillingSchedule;
  unit: Unit;
  period: string;
  runId: string;
  feeMinor: number;
  id: string;
  locale: string;
}): Promise<Bill> {
  const { building, schedule, unit, period, id } = input;
  for (let attempt = 1; ; attempt++) {
    const existing = await findBill({ buildingId: building.id, billId: id });
    if (existing) return existing;
    const [waiting, payments] = await Promise.all([
      listUnbilledCharges({ buildingId: building.id, unitId: unit.id }),
      listAllPaymentsOfUnit({ buildingId: building.id, unitId: unit.id }),
    ]);
    const charges = waiting.slice(0, MAX_CHARGES);
    const lines: BillLine[] = [
      { kind: "monthly_fee", label: null, amountMinor: input.feeMinor, chargeId: null },
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
    const withCredit = payments.filter((p) => p.unallocatedMinor > 0).slice(0, MAX_CREDITS);
    const { takes, appliedMinor } = applyCredit(
      totalMinor,
      withCredit.map((p) => ({ paymentId: p.id, unallocatedMinor: p.unallocatedMinor })),
    );
    const fresh: Bill = {
      id,
      buildingId: building.id,
      unitId: unit.id,
      unitNumber: unit.number,
      period,
      runId: input.runId,
      lines,
      totalMinor,
      paidMinor: appliedMinor,
      creditAppliedMinor: appliedMinor,
      currency: schedule.currency,
      status: billStatusOf(totalMinor, appliedMinor),
      issuedOn: todayIn(building.timezone),
      dueDate: dueDateOf(period, schedule.dueDay),
      locale: input.locale,
      pdfKey: null,
      emailedAt: null,
      createdAt: new Date().toISOString(),
    };
    const credits = takes.map((t) => ({
      payment: withCredit.find((p) => p.id === t.paymentId) as (typeof withCredit)[number],
      amountMinor: t.amountMinor,
    }));
    try {
      await createBillTx({ bill: fresh, charges, credits });
      return fresh;
    } catch (e) {
      if (!(e instanceof TransactionRefused)) throw e;
      // item 0: the bill exists (the next turn reads it); otherwise a charge or credit moved: compute again
      if (attempt >= ATTEMPTS) throw conflict("The unit's charges kept changing; run billing again.");
      if (!e.failedConditions.includes(0))
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
