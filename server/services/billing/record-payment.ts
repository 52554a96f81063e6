import "server-only";
import { allocatePayment, type Payment, type RecordPaymentInput, toPaymentDto } from "@/lib/domain/billing";
import { AppError, conflict } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllBillsOfUnit } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { findPayment, paymentIdOf, recordPaymentTx } from "../../db/payments";
import { findUnit } from "../../db/units";
import { TransactionRefused } from "../../db/write";

const ATTEMPTS = 6;

/**
 * Records a payment a manager received, once per idempotency key: the same key again answers the payment already
 * recorded (`created: false`), and the same key with a different unit or amount is a conflict. The amount goes
 * to the unit's oldest open bills first; what is left over stays as the unit's credit (its ledger shows it).
 * Concurrent payments to one unit are safe: each bill is updated only if its paid amount is still the one the
 * allocation was computed from, else the allocation is computed again.
 */
export async function recordPayment(
  actor: Actor,
  input: RecordPaymentInput,
): Promise<{ payment: ReturnType<typeof toPaymentDto>; created: boolean }> {
  authorize(actor, "billing.manage");
  const buildingId = actor.buildingId;
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
      recordedBy: actor.id,
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
