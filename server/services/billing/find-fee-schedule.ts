import "server-only";
import type { BillingSchedule } from "@/lib/domain/billing";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findBillingSchedule } from "../../db/billing";

/** The building's fee schedule, or null before a manager set one. */
export async function findFeeSchedule(actor: Actor): Promise<BillingSchedule | null> {
  authorize(actor, "billing.manage");
  return findBillingSchedule({ buildingId: actor.buildingId });
}
