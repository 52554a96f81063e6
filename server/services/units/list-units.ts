import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { Unit } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import type { PageRequest } from "../../db/query";
import { getUnitsByIds, listUnits as listUnitsRecord } from "../../db/units";

export type UnitListItem = Pick<
  Unit,
  "id" | "number" | "floor" | "capacity" | "rentable" | "status" | "type"
>;
const toItem = ({ id, number, floor, capacity, rentable, status, type }: Unit): UnitListItem => ({
  id,
  number,
  floor,
  capacity,
  rentable,
  status,
  type,
});

/** Staff and managers page through the building's units by floor and number; residents and guests get their own. */
export async function listUnits(actor: Actor, page: PageRequest): Promise<PageDTO<UnitListItem>> {
  const scope = authorize(actor, "unit.read");
  if (scope === "building") {
    const p = await listUnitsRecord({ buildingId: actor.buildingId, ...page });
    return { items: p.items.map(toItem), cursor: p.cursor };
  }
  const own = await getUnitsByIds({ buildingId: actor.buildingId, unitIds: actor.unitIds });
  return { items: own.map(toItem), cursor: null };
}
