import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getUnitsByIds } from "../db/units";
import { listUsersByRole } from "../db/users";

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

/**
 * A building must keep one active manager: demoting or disabling the last one would lock everyone out of the
 * console. Reads at most two active managers (gsi1, by role), not the building's people.
 */
export async function ensureAnotherManager(actor: Actor, userId: string): Promise<void> {
  let others = 0;
  let cursor: string | null = null;
  do {
    const page = await listUsersByRole({
      buildingId: actor.buildingId,
      role: "manager",
      status: "active",
      limit: 50,
      cursor,
    });
    others += page.items.filter((u) => u.id !== userId).length;
    cursor = page.cursor;
  } while (cursor && others === 0);
  if (others === 0) {
    throw new AppError("conflict", "The building needs at least one active manager.", {
      details: { reason: "last_manager" },
    });
  }
}
