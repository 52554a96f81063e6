import "server-only";
import { createHash } from "node:crypto";
import type { Bill, BillStatus } from "@/lib/domain/billing";
import { notFound } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { updateRecord } from "./update";
import { isConditionalCheckFailed, putIfAbsent } from "./write";

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
