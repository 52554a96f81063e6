import "server-only";
import type { User } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import type { UnitResidents } from "../../db/person-access";
import { getUnitsByIds } from "../../db/units";
import { listUsersByRole } from "../../db/users";

/** Every unit id must be a unit of the actor's building; another building's unit is "not found", by field. */
export async function checkUnitsExist(actor: Actor, unitIds: string[]): Promise<void> {
  if (!unitIds.length) return;
  const found = await getUnitsByIds({ buildingId: actor.buildingId, unitIds });
  const known = new Set(found.map((u) => u.id));
  const missing = unitIds.filter((u) => !known.has(u));
  if (missing.length) {
    throw new AppError("validation", "Some units were not found.", {
      fields: { unitIds: [`Unknown unit: ${missing.join(", ")}`] },
    });
  }
}

export const lastManager = () =>
  new AppError("conflict", "The building needs at least one active manager.", {
    details: { reason: "last_manager" },
  });

/**
 * An active manager of the building other than those in `exclude`, by the role index (gsi1), to be named in the
 * write's condition: a building must keep one active manager, since demoting or disabling the last one would
 * lock everyone out of the console. Throws the last-manager conflict when there is none.
 */
export async function anotherActiveManager(buildingId: string, exclude: Set<string>): Promise<string> {
  let cursor: string | null = null;
  do {
    const page = await listUsersByRole({ buildingId, role: "manager", status: "active", limit: 50, cursor });
    const other = page.items.find((u) => !exclude.has(u.id));
    if (other) return other.id;
    cursor = page.cursor;
  } while (cursor);
  throw lastManager();
}

/**
 * The units a person joins or leaves, each with its new `residentIds` (read now; the write is conditional on
 * the unit being unchanged). A unit that no longer exists is left out: there is nothing to update.
 */
export async function unitResidentChanges(
  person: Pick<User, "buildingId" | "id" | "unitIds">,
  nextUnitIds: string[],
): Promise<UnitResidents[]> {
  const joined = nextUnitIds.filter((u) => !person.unitIds.includes(u));
  const left = person.unitIds.filter((u) => !nextUnitIds.includes(u));
  if (!joined.length && !left.length) return [];
  const units = await getUnitsByIds({ buildingId: person.buildingId, unitIds: [...joined, ...left] });
  return units.map((unit) => ({
    unit,
    residentIds: joined.includes(unit.id)
      ? [...new Set([...unit.residentIds, person.id])]
      : unit.residentIds.filter((r) => r !== person.id),
  }));
}
