import "server-only";
import type { Mission, MissionStatus } from "@/lib/domain/mission";
import { findOne, getOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key of a mission: the table key, the requester's list (gsi1) and the status list (gsi2). */
export const missionKeys = (
  m: Pick<Mission, "buildingId" | "id" | "requestedBy" | "status">,
): EntityKeys => ({
  ...keys.mission(m.buildingId, m.id),
  ...keys.missionByRequester(m.buildingId, m.requestedBy.id, m.id),
  ...keys.missionByStatus(m.buildingId, m.status, m.id),
});
const missionItem = (m: Mission) => toItem(m, missionKeys(m));

export async function createMission({ mission }: { mission: Mission }): Promise<Mission> {
  await transactWrite([tx.put(missionItem(mission), "attribute_not_exists(pk)")]);
  return mission;
}

export function findMission({ buildingId, missionId }: B & { missionId: string }): Promise<Mission | null> {
  return findOne<Mission>(keys.mission(buildingId, missionId));
}

export function getMission({ buildingId, missionId }: B & { missionId: string }): Promise<Mission> {
  return getOne<Mission>(keys.mission(buildingId, missionId), "Mission");
}

/**
 * Saves a new status and steps, only if nobody saved since `expectedUpdatedAt` was read: two staff approving
 * the same step, or the runner and an approver, cannot overwrite each other (the loser gets a 409 and reloads).
 */
export async function saveMission({
  buildingId,
  missionId,
  status,
  steps,
  expectedUpdatedAt,
  at = new Date().toISOString(),
}: B & Pick<Mission, "status" | "steps"> & { missionId: string; expectedUpdatedAt: string; at?: string }) {
  return updateRecord<Mission>({
    key: keys.mission(buildingId, missionId),
    set: { status, steps, updatedAt: at },
    keysOf: missionKeys,
    what: "Mission",
    condition: { expression: "updatedAt = :prev", values: { ":prev": expectedUpdatedAt } },
    conflictMessage: "The mission changed meanwhile; reload and try again.",
  });
}

/** A building's missions, newest first. */
export async function listMissions({ buildingId, ...page }: B & PageRequest): Promise<Page<Mission>> {
  return queryPage<Mission>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.missionPrefix },
    ascending: false,
    ...page,
  });
}

/** "My requests" (gsi1), newest first. */
export async function listMissionsByRequester({
  buildingId,
  userId,
  ...page
}: B & { userId: string } & PageRequest) {
  return queryPage<Mission>({
    index: "gsi1",
    pk: partitions.missionsByRequester(buildingId, userId),
    ascending: false,
    ...page,
  });
}

/** E.g. the approvals queue (`awaiting_approval`), newest first (gsi2). */
export async function listMissionsByStatus({
  buildingId,
  status,
  ...page
}: B & { status: MissionStatus } & PageRequest) {
  return queryPage<Mission>({
    index: "gsi2",
    pk: partitions.missionsByStatus(buildingId, status),
    ascending: false,
    ...page,
  });
}
