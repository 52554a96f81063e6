import "server-only";
import type { Unit } from "@/lib/domain/unit";
import type { User } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import { keys } from "./keys";
import { allOf, mergePatch, reindex, txCondition } from "./update";
import { getUser, type UserPatch, userKeys } from "./users";
import { buildUpdate, type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

/** The manager named as "still active" was not (any more): the caller may look for another one and retry. */
export class KeptManagerGone extends Error {
  constructor(readonly managerId: string) {
    super(`Manager ${managerId} is no longer an active manager`);
    this.name = "KeptManagerGone";
  }
}

export type UnitResidents = { unit: Unit; residentIds: string[] };

const unchanged = (updatedAt: string) => ({
  ExpressionAttributeNames: { "#prev": "updatedAt" },
  ExpressionAttributeValues: { ":prev": updatedAt },
});

/** The units' new `residentIds`, each only if the unit is unchanged since it was read (for a transaction). */
export function unitResidentsItems(buildingId: string, units: UnitResidents[], now: string): TransactItem[] {
  return units.map(({ unit, residentIds }) =>
    tx.update(
      keys.unit(buildingId, unit.id),
      buildUpdate({ residentIds, updatedAt: now }),
      "attribute_exists(pk) AND #prev = :prev",
      unchanged(unit.updatedAt),
    ),
  );
}

/**
 * A person's role, units and status, written in one transaction with everything that must agree with them:
 * - the user, only if unchanged since it was read (`updatedAt`), its index keys recomputed (`userKeys`);
 * - each unit the person joins or leaves, its `residentIds`, only if the unit is unchanged since it was read;
 * - when an active manager stops being one, a ConditionCheck that `keepManagerId` is still an active manager.
 * Two managers demoting each other at once therefore cannot both succeed: transactions are serializable, so
 * the second one's check sees the first one's write and fails (then `KeptManagerGone`).
 */
export async function writePersonAccess({
  cur,
  patch,
  units,
  keepManagerId,
}: {
  cur: User;
  patch: UserPatch;
  units: UnitResidents[];
  keepManagerId?: string;
}): Promise<User> {
  const { buildingId, id: userId } = cur;
  const now = new Date().toISOString();
  const set = { ...patch, updatedAt: now };
  const ix = reindex(cur, mergePatch(cur, set), userKeys);
  const [condition, extra] = txCondition(
    allOf(
      { expression: "#prev = :prev", names: { "#prev": "updatedAt" }, values: { ":prev": cur.updatedAt } },
      ix.condition,
    ),
  );
  const items = [
    tx.update(keys.user(buildingId, userId), buildUpdate({ ...set, ...ix.set }, ix.remove), condition, extra),
    ...unitResidentsItems(buildingId, units, now),
  ];
  const checkAt = items.length;
  if (keepManagerId) {
    items.push(
      tx.check(keys.user(buildingId, keepManagerId), "#role = :manager AND #status = :active", {
        ExpressionAttributeNames: { "#role": "role", "#status": "status" },
        ExpressionAttributeValues: { ":manager": "manager", ":active": "active" },
      }),
    );
  }
  try {
    await transactWrite(items);
  } catch (e) {
    if (!(e instanceof TransactionRefused)) throw e;
    const failed = e.failedConditions;
    if (keepManagerId && failed.includes(checkAt) && failed.length === 1)
      throw new KeptManagerGone(keepManagerId);
    if (failed.length)
      throw new AppError("conflict", "This person or a unit was changed meanwhile; try again.");
    throw e;
  }
  return getUser({ buildingId, userId });
}
