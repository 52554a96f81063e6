import "server-only";
import type { Unit } from "@/lib/domain/unit";
import { AppError } from "@/lib/errors";
import { syncUnitEntry } from "./home-summaries";
import { batchGetRecords, findOne, getOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { allOf, type EntityKeys, mergePatch, reindex, txCondition, updateRecord } from "./update";
import { buildUpdate, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
const lockOf = (n: string) => n.trim().toUpperCase();

/** Every key of a unit: the table key and the building's list by floor and number (gsi1). */
export const unitKeys = (u: Pick<Unit, "buildingId" | "id" | "floor" | "number">): EntityKeys => ({
  ...keys.unit(u.buildingId, u.id),
  ...keys.unitByNumber(u.buildingId, u.floor, u.number, u.id),
});
/** The stored unit (bulk loads write it too). */
export const unitItem = (u: Unit) => toItem(u, unitKeys(u));

const numberLockItem = (u: Pick<Unit, "buildingId" | "id" | "number">) => ({
  ...keys.unitNumberLock(u.buildingId, u.number),
  unitId: u.id,
  numberKey: lockOf(u.number),
});

/** Create or replace (seed, fixtures): the unit and its number lock, unconditionally. */
export async function putUnit({ unit }: { unit: Unit }): Promise<Unit> {
  await transactWrite([tx.put(unitItem(unit)), tx.put(numberLockItem(unit))]);
  await syncUnitEntry(unit);
  return unit;
}

/** Most units one `createUnits` transaction holds (two items each, 100 items per transaction). */
export const UNITS_PER_TRANSACTION = 50;

/**
 * Creates units, each with its number lock; the database refuses a number the building already has
 * (`attribute_not_exists` on the lock), so two managers adding "101" at once get one unit, not two.
 * Up to 50 units commit in one transaction; a longer list commits in chunks and, if a later chunk is refused,
 * the earlier chunks are deleted again so that the call adds everything or nothing.
 * Throws `DuplicateUnitNumbers` naming the numbers that were taken.
 */
export async function createUnits({ units }: { units: Unit[] }): Promise<Unit[]> {
  const done: Unit[] = [];
  for (let i = 0; i < units.length; i += UNITS_PER_TRANSACTION) {
    const chunk = units.slice(i, i + UNITS_PER_TRANSACTION);
    try {
      await transactWrite(
        chunk.flatMap((u) => [
          tx.put(unitItem(u), "attribute_not_exists(pk)"),
          tx.put(numberLockItem(u), "attribute_not_exists(pk)"),
        ]),
      );
      done.push(...chunk);
    } catch (e) {
      await deleteUnitsWithLocks(done);
      if (e instanceof TransactionRefused && e.failedConditions.length) {
        throw new DuplicateUnitNumbers(e.failedConditions.map((k) => chunk[Math.floor(k / 2)].number));
      }
      throw e;
    }
  }
  // the units summary the homes read (issue 19), once the whole list is in
  // one after the other: each sync writes the one summary item, so parallel ones would only collide
  for (const u of done) await syncUnitEntry(u);
  return done;
}

export class DuplicateUnitNumbers extends Error {
  constructor(readonly numbers: string[]) {
    super(`Unit numbers already taken: ${numbers.join(", ")}`);
    this.name = "DuplicateUnitNumbers";
  }
}

/** Undo for a partly committed import: only items this call wrote (the lock still names the unit). */
async function deleteUnitsWithLocks(units: Unit[]) {
  for (let i = 0; i < units.length; i += UNITS_PER_TRANSACTION) {
    const chunk = units.slice(i, i + UNITS_PER_TRANSACTION);
    await transactWrite(
      chunk.flatMap((u) => [
        tx.delete(keys.unit(u.buildingId, u.id)),
        tx.delete(keys.unitNumberLock(u.buildingId, u.number), "#unitId = :u", {
          ExpressionAttributeNames: { "#unitId": "unitId" },
          ExpressionAttributeValues: { ":u": u.id },
        }),
      ]),
    );
  }
}

/** Which of these numbers the building already uses: number (as given) → the unit id holding it. */
export async function findUnitNumberHolders({
  buildingId,
  numbers,
}: B & { numbers: string[] }): Promise<Map<string, string>> {
  const unique = [...new Set(numbers.map((n) => n.trim()))].filter(Boolean);
  const locks = await batchGetRecords<{ numberKey: string; unitId: string }>(
    unique.map((n) => keys.unitNumberLock(buildingId, n)),
  );
  const byKey = new Map(locks.map((l) => [l.numberKey, l.unitId]));
  const out = new Map<string, string>();
  for (const n of unique) {
    const holder = byKey.get(lockOf(n));
    if (holder) out.set(n, holder);
  }
  return out;
}

export function getUnit({ buildingId, unitId }: B & { unitId: string }): Promise<Unit> {
  return getOne<Unit>(keys.unit(buildingId, unitId), "Unit");
}

export function findUnit({ buildingId, unitId }: B & { unitId: string }): Promise<Unit | null> {
  return findOne<Unit>(keys.unit(buildingId, unitId));
}

/** A building's units by floor, then number (gsi1 `BLD#b#UNITS`, sort `floor#number#id`). */
export async function listUnits({ buildingId, ...page }: B & PageRequest): Promise<Page<Unit>> {
  return queryPage<Unit>({ index: "gsi1", pk: partitions.units(buildingId), ...page });
}

/** Every unit of a building (a few hundred at most): for dashboards and the seed. */
export async function listAllUnits({ buildingId }: B): Promise<Unit[]> {
  return queryAll<Unit>({
    index: "gsi1",
    pk: partitions.units(buildingId),
  });
}

/** One BatchGetItem for a resident's few units; missing ids are simply absent from the result. */
export async function getUnitsByIds({ buildingId, unitIds }: B & { unitIds: string[] }): Promise<Unit[]> {
  const unique = [...new Set(unitIds)];
  return batchGetRecords<Unit>(unique.map((u) => keys.unit(buildingId, u)));
}

export async function updateUnit({
  buildingId,
  unitId,
  patch,
}: B & {
  unitId: string;
  patch: Partial<Omit<Unit, "id" | "buildingId" | "createdAt" | "updatedAt">>;
}): Promise<Unit> {
  const cur = await getUnit({ buildingId, unitId });
  const set = { ...patch, updatedAt: new Date().toISOString() };
  const renumbered = patch.number !== undefined && lockOf(patch.number) !== lockOf(cur.number);
  const updated = renumbered
    ? await renumberUnit(cur, set)
    : await updateRecord<Unit>({
        key: keys.unit(buildingId, unitId),
        set,
        what: "Unit",
        keysOf: unitKeys,
        current: cur,
      });
  await syncUnitEntry(updated);
  return updated;
}

/**
 * A new number moves the unit's lock in the same transaction: the update holds only if nobody renumbered the unit
 * meanwhile, and the new lock only if no other unit has that number (then `DuplicateUnitNumbers`).
 */
async function renumberUnit(cur: Unit, set: Partial<Unit>): Promise<Unit> {
  const { buildingId, id } = cur;
  const ix = reindex(cur, mergePatch(cur, set), unitKeys);
  const [condition, extra] = txCondition(
    allOf(
      { expression: "#num = :oldNum", names: { "#num": "number" }, values: { ":oldNum": cur.number } },
      ix.condition,
    ),
  );
  const newNumber = String(set.number);
  try {
    await transactWrite([
      tx.update(keys.unit(buildingId, id), buildUpdate({ ...set, ...ix.set }, ix.remove), condition, extra),
      tx.delete(keys.unitNumberLock(buildingId, cur.number)),
      tx.put(numberLockItem({ buildingId, id, number: newNumber }), "attribute_not_exists(pk)"),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(2)) {
      throw new DuplicateUnitNumbers([newNumber]);
    }
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      throw new AppError("conflict", "The unit was changed meanwhile; try again.");
    }
    throw e;
  }
  return getUnit({ buildingId, unitId: id });
}
