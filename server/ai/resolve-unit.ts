import "server-only";
import type { Unit } from "@/lib/domain/unit";
import { forbidden } from "@/lib/errors";
import { scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUnitsByIds, listAllUnits } from "../db/units";

/**
 * A unit named in a request ("204", or an id), among the units the actor may act on: residents their own,
 * staff and managers the building's. Omitted: the actor's only/first own unit. Another's unit is a refusal.
 */
export async function resolveUnit(actor: Actor, named: string | undefined): Promise<Unit | null> {
  const building = scopeOf(actor, "unit.read") === "building";
  const want = named?.trim().replace(/^#/, "").toLowerCase();
  if (!building) {
    const own = actor.unitIds.length
      ? await getUnitsByIds({ buildingId: actor.buildingId, unitIds: actor.unitIds })
      : [];
    if (!want) return own[0] ?? null;
    const match = own.find((u) => u.number.toLowerCase() === want || u.id.toLowerCase() === want);
    if (!match) throw forbidden("Only for your own units.");
    return match;
  }
  if (!want) return null;
  const all = await listAllUnits({ buildingId: actor.buildingId });
  return all.find((u) => u.number.toLowerCase() === want || u.id.toLowerCase() === want) ?? null;
}
