import "server-only";
import type { BillingRulesInput, BillingSchedule } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findBillingSchedule, putBillingSchedule } from "../../db/billing";
import { recordAudit } from "../audit/audit";

/**
 * Sets the late-fee rule and the overdue reminders' days on the building's fee schedule (managers), leaving the
 * fees as they are. A schedule must exist first (409): the rules apply to its bills.
 */
export async function setBillingRules(actor: Actor, input: BillingRulesInput): Promise<BillingSchedule> {
  authorize(actor, "billing.manage");
  const stored = await findBillingSchedule({ buildingId: actor.buildingId });
  if (!stored) throw new AppError("conflict", "Set the fee schedule first.");
  const schedule = await putBillingSchedule({
    schedule: {
      ...stored,
      lateFee: input.lateFee,
      reminderDays: [...new Set(input.reminderDays)].sort((a, b) => a - b),
      updatedAt: new Date().toISOString(),
      updatedBy: actor.id,
    },
  });
  await recordAudit(actor, "billing.rules.update", { type: "building", id: actor.buildingId }, "success", {
    lateFee: input.lateFee?.kind ?? null,
    reminderDays: schedule.reminderDays ?? [],
  });
  return schedule;
}
