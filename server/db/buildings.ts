import "server-only";
import { type Building, type BuildingConfig, buildingConfigSchema } from "@/lib/domain/building";
import { notFound } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { putItem } from "./write";

/** Every key of a building: the table key and the registry's list by name (gsi1). */
export const buildingKeys = (b: Pick<Building, "id" | "name">): EntityKeys => ({
  ...keys.building(b.id),
  ...keys.buildingList(b.name, b.id),
});
const buildingItem = (b: Building) => toItem(b, buildingKeys(b));

/** Creates or replaces a building (registry and seed). */
export async function putBuilding({ building }: { building: Building }): Promise<Building> {
  await putItem(buildingItem(building));
  return building;
}

export async function getBuilding({ buildingId }: { buildingId: string }): Promise<Building> {
  const b = await findBuilding({ buildingId });
  if (!b) throw notFound("Building");
  return b;
}

/**
 * Missing config fields take today's defaults on read, so a setting added later needs no data migration.
 */
export async function findBuilding({ buildingId }: { buildingId: string }): Promise<Building | null> {
  return buildingFromRecord(await getRecord<Building>(keys.building(buildingId)));
}

/** The building as read: its config with today's defaults (for a read batched with others, shell-reads.ts). */
export function buildingFromRecord(b: Building | undefined): Building | null {
  return b ? { ...b, config: buildingConfigSchema.parse(b.config ?? {}) } : null;
}

/** All buildings by name (gsi1 `BUILDINGS`); the registry is small, one partition is enough. */
export async function listBuildings(page: PageRequest = {}): Promise<Page<Building>> {
  return queryPage<Building>({ index: "gsi1", pk: "BUILDINGS", ...page });
}

/** Replaces the whole config (the service merges a patch and validates before calling). */
export async function updateBuildingConfig({
  buildingId,
  config,
}: {
  buildingId: string;
  config: BuildingConfig;
}): Promise<Building> {
  return updateRecord<Building>({
    key: keys.building(buildingId),
    set: { config, updatedAt: new Date().toISOString() },
    what: "Building",
  });
}

/** Name, address, time zone, locale, currency; the keys follow the name (`buildingKeys`). */
export async function updateBuildingDetails({
  buildingId,
  patch,
}: {
  buildingId: string;
  patch: Partial<Pick<Building, "name" | "address" | "timezone" | "locale" | "currency">>;
}): Promise<Building> {
  return updateRecord<Building>({
    key: keys.building(buildingId),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "Building",
    keysOf: buildingKeys,
  });
}
