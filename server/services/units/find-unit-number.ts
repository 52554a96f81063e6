import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findUnit } from "../../db/units";

/**
 * The number of one unit the actor may see (one GetItem, whatever the building's size), or null: staff and managers
 * see every unit of their building, residents and guests only their own.
 */
export async function findUnitNumber(actor: Actor, unitId: string): Promise<string | null> {
  const scope = authorize(actor, "unit.read");
  if (scope !== "building" && !actor.unitIds.includes(unitId)) return null;
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  return unit?.number ?? null;
}
