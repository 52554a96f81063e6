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
 * The late-fee sweep: every bill still owing more than the rule's `afterDays` past its due date gets one late-fee
 * charge, which the unit's next bill takes. Once per bill whatever the number of sweeps or instances: the
 * charge's id is derived from the bill's, put only if absent. Runs at the start of every billing run and through
 * `POST /api/v1/billing/late-fees` (a scheduler with a manager's API token). `today`: the building's date.
 */
export async function applyLateFees(
  actor: Actor,
  opts: { today?: string } = {},
): Promise<{ applied: number; today: string }> {
  authorize(actor, "billing.manage");
  const buildingId = actor.buildingId;
  const [schedule, building] = await Promise.all([
    findBillingSchedule({ buildingId }),
    getBuilding({ buildingId }),
  ]);
  const today = opts.today ?? todayIn(building.timezone);
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
      amountMinor,
      currency: bill.currency,
      ticketId: null,
      costId: null,
      lateFeeOfBillId: bill.id,
      billId: null,
      billedPeriod: null,
      createdBy: actor.id,
      createdAt: now,
    };
    if (await putIfAbsent(chargeItem(charge))) applied++;
  }
  return { applied, today };
}
