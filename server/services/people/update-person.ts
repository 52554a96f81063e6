import "server-only";
import type { UpdatePersonInput } from "@/lib/domain/people";
import { toUserDTO, type UserDTO } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { KeptManagerGone, writePersonAccess } from "../../db/person-access";
import { getUser, type UserPatch } from "../../db/users";
import { recordAudit } from "../audit/audit";
import { anotherActiveManager, checkUnitsExist, lastManager, unitResidentChanges } from "./person-rules";

/**
 * A manager changes someone's role, units or status in their own building. Disabling takes effect on the
 * person's next request (the actor is re-read from the user record every request). A manager cannot disable
 * themselves, and the last active manager can be neither demoted nor disabled: the write carries a condition
 * that another named manager is still active, so two concurrent demotions cannot both pass. The units the
 * person joins or leaves get their `residentIds` in the same transaction. Audited with before and after.
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
  if ((patch.role ?? cur.role) !== "resident" && patch.unitIds?.length) {
    throw new AppError("validation", "Only residents hold units.", {
      fields: { unitIds: ["Only residents hold units"] },
    });
  }
  // a resident who becomes staff or manager leaves their units
  if (patch.role !== undefined && patch.role !== "resident" && cur.unitIds.length) patch.unitIds ??= [];
  if (patch.unitIds && sameSet(patch.unitIds, cur.unitIds)) delete patch.unitIds;
  if (patch.unitIds) await checkUnitsExist(actor, patch.unitIds);
  const changed = Object.keys(patch) as (keyof UserPatch)[];
  if (!changed.length) return toUserDTO(cur);
  const units = patch.unitIds ? await unitResidentChanges(cur, patch.unitIds) : [];
  const next = await writeWithAnotherManager(cur, losesManager, (keepManagerId) =>
    writePersonAccess({ cur, patch, units, keepManagerId }),
  );
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

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Runs the write, naming another active manager to keep when this one steps down. The candidate comes from an
 * index read (eventually consistent); the write's own condition is the real check, so when the candidate turns
 * out to be gone the next one is tried, and with none left the change is refused.
 */
async function writeWithAnotherManager<T>(
  cur: { buildingId: string; id: string },
  losesManager: boolean,
  write: (keepManagerId?: string) => Promise<T>,
): Promise<T> {
  if (!losesManager) return write();
  const gone = new Set<string>([cur.id]);
  for (let attempt = 0; attempt < 5; attempt++) {
    const keep = await anotherActiveManager(cur.buildingId, gone);
    try {
      return await write(keep);
    } catch (e) {
      if (!(e instanceof KeptManagerGone)) throw e;
      gone.add(e.managerId);
    }
  }
  throw lastManager();
}
