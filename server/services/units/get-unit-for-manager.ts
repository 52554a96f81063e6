import "server-only";
import type { UnitDTO } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUnit } from "../../db/units";
import { listUsersByRole } from "../../db/users";

export type ResidentOption = { id: string; name: string; email: string };

/** A unit of the manager's building to edit, with the building's residents to choose from. */
export async function getUnitForManager(
  actor: Actor,
  unitId: string,
): Promise<{ unit: UnitDTO; residents: ResidentOption[] }> {
  authorize(actor, "unit.manage");
  const [unit, residents] = await Promise.all([
    getUnit({ buildingId: actor.buildingId, unitId }),
    listUsersByRole({ buildingId: actor.buildingId, role: "resident", limit: 200 }),
  ]);
  return {
    unit,
    residents: residents.items.map((u) => ({ id: u.id, name: u.name, email: u.email })),
  };
}
