import "server-only";
import type { Unit } from "@/lib/domain/unit";
import { notFound } from "@/lib/errors";
import { batchGetRecords, getRecord, stripPage, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { updateRecord } from "./update";
import { putItem } from "./write";

type B = { buildingId: string };

const unitItem = (u: Unit) =>
  toItem(u, keys.unit(u.buildingId, u.id), keys.unitByNumber(u.buildingId, u.floor, u.number, u.id));

export async function putUnit({ unit }: { unit: Unit }): Promise<Unit> {
  await putItem(unitItem(unit));
  return unit;
}

export async function getUnit({ buildingId, unitId }: B & { unitId: string }): Promise<Unit> {
  const u = await getRecord<Unit>(keys.unit(buildingId, unitId));
  if (!u) throw notFound("Unit");
  return u;
}

export async function findUnit({ buildingId, unitId }: B & { unitId: string }): Promise<Unit | null> {
  return (await getRecord<Unit>(keys.unit(buildingId, unitId))) ?? null;
}

/** A building's units by floor, then number (gsi1 `BLD#b#UNITS`, sort `floor#number#id`). */
export async function listUnits({ buildingId, ...page }: B & PageRequest): Promise<Page<Unit>> {
  return stripPage<Unit>(await queryPage({ index: "gsi1", pk: partitions.units(buildingId), ...page }));
}

/** Every unit of a building (a few hundred at most): for dashboards and the seed. */
export async function listAllUnits({ buildingId }: B): Promise<Unit[]> {
  const items = await queryAll<Record<string, unknown>>({
    index: "gsi1",
    pk: partitions.units(buildingId),
  });
  return stripPage<Unit>({ items, cursor: null }).items;
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
  // floor and number are part of the gsi1 sort key: when either changes the key must follow.
  let indexKeys = {};
  if (patch.floor !== undefined || patch.number !== undefined) {
    const cur = await getUnit({ buildingId, unitId });
    indexKeys = keys.unitByNumber(buildingId, patch.floor ?? cur.floor, patch.number ?? cur.number, unitId);
  }
  return updateRecord<Unit>({
    key: keys.unit(buildingId, unitId),
    set: { ...patch, ...indexKeys, updatedAt: new Date().toISOString() },
    what: "Unit",
  });
}
