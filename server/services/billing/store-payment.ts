import "server-only";
import { allocatePayment, type Payment, type RecordPaymentInput, toPaymentDto } from "@/lib/domain/billing";
import { AppError, conflict } from "@/lib/errors";
import { listAllBillsOfUnit } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { findPayment, paymentIdOf, recordPaymentTx } from "../../db/payments";
import { findUnit } from "../../db/units";
import { TransactionRefused } from "../../db/write";

const ATTEMPTS = 6;

/**
 * Stores a payment once per idempotency key and allocates it (oldest open bill first, the rest as credit), for a
 * caller already allowed to: a manager's form (record-payment.ts) or a verified card-provider webhook
 * (handle-card-webhook.ts). The same key again answers the payment already stored (`created: false`); the same
 * key with a different unit or amount is a conflict. Each bill is updated only if its paid amount is still the
 * one the allocation was computed from, else the allocation is computed again.
 */
export async function storePayment(
  buildingId: string,
  input: RecordPaymentInput,
  recordedBy: string,
): Promise<{ payment: ReturnType<typeof toPaymentDto>; created: boolean }> {
  const unit = await findUnit({ buildingId, unitId: input.unitId });
  if (!unit) throw new AppError("not_found", "Unit was not found.");
  const id = paymentIdOf(buildingId, input.idempotencyKey);
  const same = (p: Payment) => {
    if (p.unitId !== input.unitId || p.amountMinor !== input.amountMinor) {
      throw conflict("This idempotency key was already used for a different payment.");
    }
    return { payment: toPaymentDto(p), created: false };
  };
  const earlier = await findPayment({ buildingId, paymentId: id });
  if (earlier) return same(earlier);
  const { currency } = await getBuilding({ buildingId });

  for (let attempt = 1; ; attempt++) {
    const bills = await listAllBillsOfUnit({ buildingId, unitId: unit.id });
    const { allocations, unallocatedMinor } = allocatePayment(input.amountMinor, bills);
    const payment: Payment = {
      id,
      buildingId,
      unitId: unit.id,
      amountMinor: input.amountMinor,
      currency,
      paidOn: input.paidOn,
      method: input.method,
      reference: input.reference,
      allocations,
      unallocatedMinor,
      recordedBy,
      createdAt: new Date().toISOString(),
    };
    try {
      await recordPaymentTx({ payment, bills });
      return { payment: toPaymentDto(payment), created: true };
    } catch (e) {
      if (!(e instanceof TransactionRefused)) throw e;
      if (e.failedConditions.includes(0)) {
        const stored = await findPayment({ buildingId, paymentId: id });
        if (stored) return same(stored);
      }
      if (attempt >= ATTEMPTS) throw conflict("The unit's bills kept changing; try again.");
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
