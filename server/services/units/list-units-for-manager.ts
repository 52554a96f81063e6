import "server-only";
import type { UnitDTO, UnitStatus } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllUnits } from "../../db/units";

export type UnitFilters = { status?: UnitStatus; rentable?: boolean; q?: string };

/**
 * The manager's unit table: every unit of the building (a few hundred at most, one Query on gsi1 by floor and
 * number), narrowed by status, rentable flag and a number search.
 */
export async function listUnitsForManager(actor: Actor, filters: UnitFilters = {}): Promise<UnitDTO[]> {
  authorize(actor, "unit.manage");
  const units = await listAllUnits({ buildingId: actor.buildingId });
  const q = filters.q?.trim().toLowerCase();
  return units.filter(
    (u) =>
      (!filters.status || u.status === filters.status) &&
      (filters.rentable === undefined || u.rentable === filters.rentable) &&
      (!q || u.number.toLowerCase().includes(q)),
  );
}
