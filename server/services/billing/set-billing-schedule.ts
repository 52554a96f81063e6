import "server-only";
import type { BillingSchedule, BillingScheduleInput } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { putBillingSchedule } from "../../db/billing";
import { getBuilding } from "../../db/buildings";
import { listAllUnits } from "../../db/units";

/**
 * Sets the building's fee schedule (managers): a fixed monthly fee for every unit, or a monthly budget split by
 * each unit's share. Shares must name the building's own units. Runs already made keep their bills.
 */
export async function setBillingSchedule(
  actor: Actor,
  input: BillingScheduleInput,
): Promise<BillingSchedule> {
  authorize(actor, "billing.manage");
  const building = await getBuilding({ buildingId: actor.buildingId });
  const base = {
    buildingId: actor.buildingId,
    dueDay: input.dueDay,
    paymentInstructions: input.paymentInstructions,
    lateFee: input.lateFee,
    reminderDays: [...new Set(input.reminderDays)].sort((a, b) => a - b),
    currency: building.currency,
    updatedAt: new Date().toISOString(),
    updatedBy: actor.id,
  };
  if ("monthlyFeeMinor" in input) {
    return putBillingSchedule({
      schedule: {
        ...base,
        mode: "fixed",
        monthlyFeeMinor: input.monthlyFeeMinor,
        monthlyBudgetMinor: null,
        shares: null,
      },
    });
  }
  const units = new Set((await listAllUnits({ buildingId: actor.buildingId })).map((u) => u.id));
  const unknown = Object.keys(input.shares).filter((u) => !units.has(u));
  if (unknown.length) {
    throw new AppError("validation", "Some shares name units that are not in this building.", {
      fields: { shares: ["Unknown unit"] },
    });
  }
  return putBillingSchedule({
    schedule: {
      ...base,
      mode: "shares",
      monthlyFeeMinor: null,
      monthlyBudgetMinor: input.monthlyBudgetMinor,
      shares: input.shares,
    },
  });
}
