import "server-only";
import type { UnitDTO, UpdateUnitInput } from "@/lib/domain/unit";
import { AppError, forbidden } from "@/lib/errors";
import { authorize, can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { DuplicateUnitNumbers, getUnit, updateUnit as updateUnitRecord } from "../../db/units";
import { findUser, updateUser } from "../../db/users";
import { recordAudit } from "../audit/audit";
import { checkRentableRate, diffOf, duplicateNumberError } from "./unit-rules";

const AUDITED = [
  "number",
  "floor",
  "type",
  "capacity",
  "rentable",
  "nightlyRateMinor",
  "status",
  "ownerIds",
  "residentIds",
] as const;

/**
 * A manager edits a unit of their building: details, status (block, maintenance), the rentable flag and rate,
 * and who lives there. Residents must be residents of this building; each one's own unit list follows, so they
 * see the unit as soon as they are assigned. The change is audited with before and after.
 */
export async function updateUnit(actor: Actor, unitId: string, patch: UpdateUnitInput): Promise<UnitDTO> {
  authorize(actor, "unit.manage");
  // who holds a unit decides who opens its door: a people change, as user.manage, which tokens never hold, so
  // a leaked token cannot give an account lasting access that outlives the token's revocation
  if ((patch.residentIds || patch.ownerIds) && !can(actor, "user.manage")) {
    throw forbidden(
      actor.kind === "token"
        ? "An API token cannot change who lives in or owns a unit; a manager signed in can."
        : "You are not allowed to change who lives in or owns a unit.",
    );
  }
  // keys start from the actor's building: another building's unit is simply not found
  const cur = await getUnit({ buildingId: actor.buildingId, unitId });
  authorize(actor, "unit.manage", { buildingId: cur.buildingId });
  checkRentableRate({ ...cur, ...patch });
  if (patch.residentIds) await checkPeople(actor, "residentIds", patch.residentIds, ["resident"]);
  if (patch.ownerIds) await checkPeople(actor, "ownerIds", patch.ownerIds, ["resident", "manager"]);

  let next: UnitDTO;
  try {
    next = await updateUnitRecord({ buildingId: actor.buildingId, unitId, patch });
  } catch (e) {
    if (e instanceof DuplicateUnitNumbers) throw duplicateNumberError(e);
    throw e;
  }
  if (patch.residentIds) await syncResidents(actor.buildingId, unitId, cur.residentIds, patch.residentIds);
  await recordAudit(
    actor,
    "unit.update",
    { type: "unit", id: unitId },
    "success",
    diffOf(cur, next, [...AUDITED]),
  );
  return next;
}

async function checkPeople(actor: Actor, field: string, ids: string[], roles: string[]) {
  const users = await Promise.all(
    [...new Set(ids)].map((userId) => findUser({ buildingId: actor.buildingId, userId })),
  );
  if (users.some((u) => !u || !roles.includes(u.role))) {
    throw new AppError("validation", "Choose people of this building.", {
      fields: { [field]: ["Choose residents of this building."] },
    });
  }
}

/** Each added resident gains the unit in their own list; each removed one loses it. */
async function syncResidents(buildingId: string, unitId: string, before: string[], after: string[]) {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  for (const userId of [...added, ...removed]) {
    const user = await findUser({ buildingId, userId });
    if (!user) continue;
    const unitIds = added.includes(userId)
      ? [...new Set([...user.unitIds, unitId])]
      : user.unitIds.filter((u) => u !== unitId);
    await updateUser({ buildingId, userId, patch: { unitIds } });
  }
}
