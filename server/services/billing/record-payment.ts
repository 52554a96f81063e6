import "server-only";
import type { RecordPaymentInput, toPaymentDto } from "@/lib/domain/billing";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { storePayment } from "./store-payment";

/**
 * Records a payment a manager received, once per idempotency key: the same key again answers the payment already
 * recorded (`created: false`), and the same key with a different unit or amount is a conflict. The amount goes
 * to the unit's oldest open bills first; what is left over stays as the unit's credit (its ledger shows it).
 * Concurrent payments to one unit are safe (see storePayment).
 */
export async function recordPayment(
  actor: Actor,
  input: RecordPaymentInput,
): Promise<{ payment: ReturnType<typeof toPaymentDto>; created: boolean }> {
  authorize(actor, "billing.manage");
  return storePayment(actor.buildingId, input, actor.id);
}
