import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { findUnit } from "../../db/units";

/** A unit id chosen in a form must be one of the actor's building (a 422 on the field, never another building's). */
export async function requireUnitOfBuilding(actor: Actor, unitId: string, field = "unitId") {
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit) {
    throw new AppError("validation", "Choose a unit of this building.", {
      fields: { [field]: ["Choose a unit of this building."] },
    });
  }
  return unit;
}
