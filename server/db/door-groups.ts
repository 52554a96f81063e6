import "server-only";
import type { DoorGroup } from "@/lib/domain/door-group";
import { conflict, notFound } from "@/lib/errors";
import { batchGetRecords, getRecord, stripKeys, toItem } from "./item";
import { keys } from "./keys";
import { queryAll } from "./query";
import { updateRecord } from "./update";
import { putIfAbsent } from "./write";

type B = { buildingId: string };

/** Every key attribute of a door group, from the record. */
export const doorGroupItem = (g: DoorGroup) => toItem(g, keys.doorGroup(g.buildingId, g.id));

export async function createDoorGroup({ group }: { group: DoorGroup }): Promise<DoorGroup> {
  if (!(await putIfAbsent(doorGroupItem(group)))) throw conflict(`Door group ${group.id} already exists.`);
  return group;
}

/** A building has tens of zones at most: all of them, by name. */
export async function listDoorGroups({ buildingId }: B): Promise<DoorGroup[]> {
  const items = await queryAll<Record<string, unknown>>(
    { pk: keys.buildingPartition(buildingId), sk: { beginsWith: keys.doorGroupPrefix } },
    500,
  );
  return items.map((i) => stripKeys<DoorGroup>(i)).sort((a, b) => a.name.localeCompare(b.name));
}

/** The groups of these ids that exist in the building (unknown ids are left out). */
export async function getDoorGroupsByIds({ buildingId, groupIds }: B & { groupIds: string[] }) {
  return batchGetRecords<DoorGroup>([...new Set(groupIds)].map((g) => keys.doorGroup(buildingId, g)));
}

export async function getDoorGroup({ buildingId, groupId }: B & { groupId: string }): Promise<DoorGroup> {
  const g = await getRecord<DoorGroup>(keys.doorGroup(buildingId, groupId));
  if (!g) throw notFound("Door group");
  return g;
}

/** Replaces a group's name, doors and stay flag (no index keys: the group is read by id or with its building). */
export async function replaceDoorGroup({
  buildingId,
  groupId,
  name,
  deviceIds,
  forStays,
  updatedAt,
}: B & { groupId: string; name: string; deviceIds: string[]; forStays: boolean; updatedAt: string }) {
  return updateRecord<DoorGroup>({
    key: keys.doorGroup(buildingId, groupId),
    set: { name, deviceIds, updatedAt, ...(forStays ? { forStays: true } : {}) },
    remove: forStays ? [] : ["forStays"],
    what: "Door group",
  });
}
