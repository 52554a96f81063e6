import "server-only";
import type { OwnerStatement } from "@/lib/domain/owner-statement";
import type { Unit } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { findUnit, listAllUnits } from "../../db/units";
import { computeOwnerStatement, statementSettingsOf } from "./compute-owner-statement";

/** A unit's owners read its statements; residents who do not own it do not (they are not paid its takings). */
export const ownsAsOwner = (unit: Unit) => (actor: Actor) => unit.ownerIds.includes(actor.id);

/**
 * Owner statements for a month: one per rentable unit (managers), or per unit the caller owns (owners); a
 * `unitId` narrows to that unit, refused when it is not theirs. Computed from the stays of the month each time,
 * so they always agree with the bookings.
 */
export async function listOwnerStatements(
  actor: Actor,
  q: { period: string; unitId?: string },
): Promise<{ items: OwnerStatement[] }> {
  const scope = authorize(actor, "ownerStatement.read");
  const buildingId = actor.buildingId;
  let units: Unit[];
  if (q.unitId) {
    const unit = await findUnit({ buildingId, unitId: q.unitId });
    if (!unit) return { items: [] };
    authorize(actor, "ownerStatement.read", { buildingId, owns: ownsAsOwner(unit) });
    units = [unit];
  } else {
    const all = await listAllUnits({ buildingId });
    units = all.filter((u) => u.rentable && (scope === "building" || u.ownerIds.includes(actor.id)));
  }
  const [building, settings] = await Promise.all([
    getBuilding({ buildingId }),
    statementSettingsOf(buildingId),
  ]);
  const items = await Promise.all(
    units.map((unit) => computeOwnerStatement(unit, q.period, building.currency, settings)),
  );
  return { items };
}
