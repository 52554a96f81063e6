import "server-only";
import { toChargeDto } from "@/lib/domain/charges";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listCharges as listChargesDb } from "../../db/charges";

/** The building's one-off charges (or one unit's), newest first; `status` pending: still waiting for a bill. */
export async function listCharges(
  actor: Actor,
  query: { unitId?: string; status?: "pending" | "billed"; limit?: number; cursor?: string | null },
) {
  authorize(actor, "billing.manage");
  const page = await listChargesDb({ buildingId: actor.buildingId, ...query });
  return { items: page.items.map(toChargeDto), cursor: page.cursor };
}
