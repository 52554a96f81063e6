import "server-only";
import { type Bill, type BillingSchedule, billStatusOf, dueDateOf } from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import type { User } from "@/lib/domain/user";
import { billIdOf, claimBillEmail, createBillIfAbsent, getBill, setBillPdf } from "../../db/bills";
import { findUser } from "../../db/users";
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
 * its derived id), its PDF (rendered and stored while missing; a concurrent render writes the same object), and
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
  const fresh: Bill = {
    id,
    buildingId: building.id,
    unitId: unit.id,
    unitNumber: unit.number,
    period,
    runId: input.runId,
    lines: [{ kind: "monthly_fee", label: null, amountMinor: input.feeMinor }],
    totalMinor: input.feeMinor,
    paidMinor: 0,
    currency: schedule.currency,
    status: billStatusOf(input.feeMinor, 0),
    issuedOn: todayIn(building.timezone),
    dueDate: dueDateOf(period, schedule.dueDay),
    locale,
    pdfKey: null,
    emailedAt: null,
    createdAt: new Date().toISOString(),
  };
  let bill = (await createBillIfAbsent({ bill: fresh }))
    ? fresh
    : await getBill({ buildingId: building.id, billId: id });
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
