import "server-only";
import { type Charge, lateFeeFor } from "@/lib/domain/charges";
import { todayIn } from "@/lib/domain/stay-dates";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findBillingSchedule } from "../../db/billing";
import { listUnpaidBills } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { chargeIdOf, chargeItem } from "../../db/charges";
import { putIfAbsent } from "../../db/write";

/**
 * The late-fee sweep for a manager (`POST /api/v1/billing/late-fees`) and at the start of every billing run.
 * The daily job (sweep-billing.ts) runs the same sweep as the system.
 */
export async function applyLateFees(
  actor: Actor,
  opts: { today?: string } = {},
): Promise<{ applied: number; today: string }> {
  authorize(actor, "billing.manage");
  return sweepLateFeesOf(actor.buildingId, actor.id, opts.today);
}

/**
 * Every bill still owing more than the rule's `afterDays` past its due date gets one late-fee charge, which the
 * unit's next bill takes. Once per bill whatever the number of sweeps or instances: the charge's id is derived
 * from the bill's, put only if absent. The charge keeps a code and the bill's month, so each reader's bill,
 * PDF and pages word it in their language (`label` is only the English fallback for API clients).
 * `today`: the building's date.
 */
export async function sweepLateFeesOf(
  buildingId: string,
  createdBy: string,
  todayOverride?: string,
): Promise<{ applied: number; today: string }> {
  const [schedule, building] = await Promise.all([
    findBillingSchedule({ buildingId }),
    getBuilding({ buildingId }),
  ]);
  const today = todayOverride ?? todayIn(building.timezone);
  const rule = schedule?.lateFee ?? null;
  if (!rule) return { applied: 0, today };
  const bills = await listUnpaidBills({ buildingId });
  let applied = 0;
  const now = new Date().toISOString();
  for (const bill of bills) {
    const amountMinor = lateFeeFor(rule, bill, today);
    if (amountMinor <= 0) continue;
    const charge: Charge = {
      id: chargeIdOf(buildingId, `late:${bill.id}`),
      buildingId,
      unitId: bill.unitId,
      kind: "late_fee",
      label: `Late fee: ${bill.period}`,
      labelCode: "late_fee",
      labelParams: { period: bill.period },
      amountMinor,
      currency: bill.currency,
      ticketId: null,
      costId: null,
      lateFeeOfBillId: bill.id,
      billId: null,
      billedPeriod: null,
      createdBy,
      createdAt: now,
    };
    if (await putIfAbsent(chargeItem(charge))) applied++;
  }
  return { applied, today };
}
