import "server-only";
import { createHash } from "node:crypto";
import type { Bill, Payment } from "@/lib/domain/billing";
import { billStatusOf } from "@/lib/domain/billing";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { queryAll } from "./query";
import { buildUpdate, type TransactItem, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** The payment's id from the client's idempotency key (and the building): the same key, the same item. */
export function paymentIdOf(buildingId: string, idempotencyKey: string): string {
  const h = createHash("sha256").update(`${buildingId}\u0000${idempotencyKey}`).digest("base64url");
  return `pay_${h.slice(0, 26)}`;
}

/** Every key and index attribute of a payment, from the payment. */
export const paymentKeys = (p: Pick<Payment, "buildingId" | "unitId" | "paidOn" | "id">) => ({
  ...keys.payment(p.buildingId, p.id),
  ...keys.paymentByUnit(p.buildingId, p.unitId, p.paidOn, p.id),
});

export async function findPayment({
  buildingId,
  paymentId,
}: B & { paymentId: string }): Promise<Payment | null> {
  return (await getRecord<Payment>(keys.payment(buildingId, paymentId))) ?? null;
}

/** Every payment of a unit, oldest first (a few a year). */
export async function listAllPaymentsOfUnit({
  buildingId,
  unitId,
}: B & { unitId: string }): Promise<Payment[]> {
  return queryAll<Payment>({
    index: "gsi1",
    pk: partitions.paymentsByUnit(buildingId, unitId),
  });
}

/**
 * One transaction: the payment (only if its key is new) and each bill it pays, each bill only if it still has
 * the paid amount this allocation was computed from. Throws TransactionRefused: item 0 failing means the payment
 * was already recorded; a later item means another payment changed that bill first (recompute and retry).
 */
export async function recordPaymentTx({
  payment,
  bills,
}: {
  payment: Payment;
  bills: Pick<Bill, "id" | "paidMinor" | "totalMinor">[];
}): Promise<void> {
  const items: TransactItem[] = [tx.put(toItem(payment, paymentKeys(payment)), "attribute_not_exists(pk)")];
  for (const a of payment.allocations) {
    const bill = bills.find((b) => b.id === a.billId);
    if (!bill) throw new Error(`allocation to an unknown bill ${a.billId}`);
    const paidMinor = bill.paidMinor + a.amountMinor;
    items.push(
      tx.update(
        keys.bill(payment.buildingId, a.billId),
        buildUpdate({ paidMinor, status: billStatusOf(bill.totalMinor, paidMinor) }),
        "attribute_exists(pk) AND #paid = :was",
        {
          ExpressionAttributeNames: { "#paid": "paidMinor" },
          ExpressionAttributeValues: { ":was": bill.paidMinor },
        },
      ),
    );
  }
  await transactWrite(items);
}

/** The building's payments made between two dates (inclusive): the board's report (filtered in the query). */
export async function listPaymentsBetween({
  buildingId,
  from,
  to,
}: B & { from: string; to: string }): Promise<Payment[]> {
  return queryAll<Payment>(
    {
      pk: keys.buildingPartition(buildingId),
      sk: { beginsWith: keys.paymentPrefix },
      filter: {
        expression: "#paid BETWEEN :from AND :to",
        names: { "#paid": "paidOn" },
        values: { ":from": from, ":to": to },
      },
    },
    20_000,
  );
}
