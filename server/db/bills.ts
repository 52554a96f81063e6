import "server-only";
import { createHash } from "node:crypto";
import type { Bill, BillStatus, Payment } from "@/lib/domain/billing";
import type { Charge } from "@/lib/domain/charges";
import { notFound } from "@/lib/errors";
import { billChargeTx } from "./charges";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { updateRecord } from "./update";
import {
  buildUpdate,
  isConditionalCheckFailed,
  putIfAbsent,
  type TransactItem,
  transactWrite,
  tx,
} from "./write";

type B = { buildingId: string };

/**
 * The id of a unit's bill for a month, derived from both (and the building): every run for the month, on any
 * instance, computes the same id, so the conditional put lets exactly one bill per unit and month exist.
 */
export function billIdOf(buildingId: string, period: string, unitId: string): string {
  const h = createHash("sha256").update(`${buildingId}\u0000${period}\u0000${unitId}`).digest("base64url");
  return `bill_${h.slice(0, 26)}`;
}

/** Every key and index attribute of a bill, from the bill: puts and updates both use this. */
export const billKeys = (b: Pick<Bill, "buildingId" | "unitId" | "period" | "id">) => ({
  ...keys.bill(b.buildingId, b.id),
  ...keys.billByUnit(b.buildingId, b.unitId, b.period, b.id),
  ...keys.billByPeriod(b.buildingId, b.period, b.unitId),
});
const billItem = (b: Bill) => toItem(b, billKeys(b));

/** Stores the bill unless it exists: true when this call made it. */
export async function createBillIfAbsent({ bill }: { bill: Bill }): Promise<boolean> {
  return putIfAbsent(billItem(bill));
}

/**
 * A new bill with what it takes, in one transaction: the bill (only if absent: item 0), each one-off charge
 * (only if still unbilled), and each over-payment whose credit it spends (only if its unallocated amount is
 * still the one the bill was computed from). Throws TransactionRefused: item 0 failing means the bill exists;
 * a later item means a charge or a credit was taken by another bill first (recompute and retry).
 */
export async function createBillTx({
  bill,
  charges,
  credits,
}: {
  bill: Bill;
  charges: Charge[];
  credits: { payment: Payment; amountMinor: number }[];
}): Promise<void> {
  const items: TransactItem[] = [tx.put(billItem(bill), "attribute_not_exists(pk)")];
  for (const c of charges) items.push(billChargeTx(c, bill.id, bill.period));
  for (const { payment, amountMinor } of credits) {
    items.push(
      tx.update(
        keys.payment(bill.buildingId, payment.id),
        buildUpdate({
          unallocatedMinor: payment.unallocatedMinor - amountMinor,
          allocations: [...payment.allocations, { billId: bill.id, period: bill.period, amountMinor }],
        }),
        "attribute_exists(pk) AND #un = :was",
        {
          ExpressionAttributeNames: { "#un": "unallocatedMinor" },
          ExpressionAttributeValues: { ":was": payment.unallocatedMinor },
        },
      ),
    );
  }
  await transactWrite(items);
}

export async function findBill({ buildingId, billId }: B & { billId: string }): Promise<Bill | null> {
  return (await getRecord<Bill>(keys.bill(buildingId, billId))) ?? null;
}

export async function getBill(input: B & { billId: string }): Promise<Bill> {
  const bill = await findBill(input);
  if (!bill) throw notFound("Bill");
  return bill;
}

const statusFilter = (status?: BillStatus) =>
  status ? { expression: "#st = :st", names: { "#st": "status" }, values: { ":st": status } } : undefined;

/** A unit's bills, latest month first (gsi1 `…#UNIT#u#BILLS`, sort `period#id`). */
export async function listBillsOfUnit({
  buildingId,
  unitId,
  period,
  status,
  ...page
}: B & { unitId: string; period?: string; status?: BillStatus } & PageRequest): Promise<Page<Bill>> {
  return queryPage<Bill>({
    index: "gsi1",
    pk: partitions.billsByUnit(buildingId, unitId),
    sk: period ? { beginsWith: `${period}#` } : undefined,
    ascending: false,
    filter: statusFilter(status),
    ...page,
  });
}

/** Every bill of a unit, oldest month first: the ledger and payment allocation read this (a few per year). */
export async function listAllBillsOfUnit({ buildingId, unitId }: B & { unitId: string }): Promise<Bill[]> {
  return queryAll<Bill>({
    index: "gsi1",
    pk: partitions.billsByUnit(buildingId, unitId),
  });
}

/** The building's bills, latest month first (gsi2 `…#BILLS`, sort `period#unitId`). */
export async function listBuildingBills({
  buildingId,
  period,
  status,
  ...page
}: B & { period?: string; status?: BillStatus } & PageRequest): Promise<Page<Bill>> {
  return queryPage<Bill>({
    index: "gsi2",
    pk: partitions.bills(buildingId),
    sk: period ? { beginsWith: `${period}#` } : undefined,
    ascending: false,
    filter: statusFilter(status),
    ...page,
  });
}

export async function setBillPdf({ buildingId, billId, pdfKey }: B & { billId: string; pdfKey: string }) {
  return updateRecord<Bill>({ key: keys.bill(buildingId, billId), set: { pdfKey }, what: "Bill" });
}

/**
 * Marks the bill emailed, once: true for the one caller that set it, false when it was already set. The caller
 * sends only on true, so a bill is emailed at most once whatever the number of runs or instances.
 */
export async function claimBillEmail({ buildingId, billId }: B & { billId: string }): Promise<boolean> {
  try {
    await updateRecord<Bill>({
      key: keys.bill(buildingId, billId),
      set: { emailedAt: new Date().toISOString() },
      what: "Bill",
      condition: { expression: "#em = :null", names: { "#em": "emailedAt" }, values: { ":null": null } },
    });
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e) || (e as { code?: string }).code === "conflict") return false;
    throw e;
  }
}

/** Every bill of the building still owing (open or partly paid), oldest month first: the late-fee sweep reads it. */
export async function listUnpaidBills({ buildingId }: B): Promise<Bill[]> {
  return queryAll<Bill>({
    index: "gsi2",
    pk: partitions.bills(buildingId),
    filter: {
      expression: "#st IN (:open, :partial)",
      names: { "#st": "status" },
      values: { ":open": "open", ":partial": "partial" },
    },
  });
}

/** Every bill of the building for the months from `from` to `to` (inclusive), oldest first: the board's report. */
export async function listBillsBetween({
  buildingId,
  from,
  to,
}: B & { from: string; to: string }): Promise<Bill[]> {
  return queryAll<Bill>({
    index: "gsi2",
    pk: partitions.bills(buildingId),
    sk: { between: [`${from}#`, `${to}#~`] },
  });
}
