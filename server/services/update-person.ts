import "server-only";
import type { UpdatePersonInput } from "@/lib/domain/people";
import { toUserDTO, type UserDTO } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUser, type UserPatch, updateUser } from "../db/users";
import { recordAudit } from "./audit";
import { checkUnitsExist, ensureAnotherManager } from "./person-rules";

/**
 * A manager changes someone's role, units or status in their own building. Disabling takes effect on the
 * person's next request (the actor is re-read from the user record every request). A manager cannot disable
 * themselves, and the last active manager can be neither demoted nor disabled. Audited with before and after.
 */
export async function updatePerson(actor: Actor, userId: string, input: UpdatePersonInput): Promise<UserDTO> {
  authorize(actor, "user.manage");
  // keyed by the actor's building: another building's person is simply not found
  const cur = await getUser({ buildingId: actor.buildingId, userId });
  authorize(actor, "user.manage", { buildingId: cur.buildingId });
  const patch: UserPatch = {};
  if (input.role !== undefined && input.role !== cur.role) patch.role = input.role;
  if (input.unitIds !== undefined) patch.unitIds = [...new Set(input.unitIds)];
  if (input.status !== undefined && input.status !== cur.status) {
    if (cur.status === "invited") {
      throw new AppError("conflict", "This person has not accepted the invitation yet.", {
        fields: { status: ["Not accepted yet"] },
      });
    }
    patch.status = input.status;
  }
  if (patch.status === "disabled" && cur.id === actor.id) {
    throw new AppError("forbidden", "You cannot disable your own account.");
  }
  const losesManager =
    cur.role === "manager" &&
    cur.status === "active" &&
    ((patch.role !== undefined && patch.role !== "manager") || patch.status === "disabled");
  if (losesManager) await ensureAnotherManager(actor, cur.id);
  if ((patch.role ?? cur.role) !== "resident" && patch.unitIds?.length) {
    throw new AppError("validation", "Only residents hold units.", {
      fields: { unitIds: ["Only residents hold units"] },
    });
  }
  if (patch.unitIds) await checkUnitsExist(actor, patch.unitIds);
  const changed = Object.keys(patch) as (keyof UserPatch)[];
  if (!changed.length) return toUserDTO(cur);
  const next = await updateUser({ buildingId: actor.buildingId, userId, patch });
  const before = Object.fromEntries(changed.map((k) => [k, cur[k]]));
  const after = Object.fromEntries(changed.map((k) => [k, next[k]]));
  const action =
    patch.status === "disabled"
      ? "user.disable"
      : patch.status === "active"
        ? "user.enable"
        : patch.role
          ? "user.role.change"
          : "user.units.assign";
  await recordAudit(actor, action, { type: "user", id: userId }, "success", { before, after });
  return toUserDTO(next);
}
