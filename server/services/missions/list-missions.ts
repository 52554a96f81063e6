import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { MissionDTO, MissionStatus } from "@/lib/domain/mission";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../../agents/requester";
import {
  listMissionsByRequester,
  listMissionsByStatus,
  listMissions as listMissionsRecord,
} from "../../db/missions";

/** Staff and managers: the building's missions (optionally one status); residents and guests: their own. */
export async function listMissions(
  actor: Actor,
  q: { status?: MissionStatus; limit: number; cursor?: string },
): Promise<PageDTO<MissionDTO>> {
  const scope = authorize(actor, "mission.read");
  const b = { buildingId: actor.buildingId, limit: q.limit, cursor: q.cursor };
  const page =
    scope === "building"
      ? q.status
        ? await listMissionsByStatus({ ...b, status: q.status })
        : await listMissionsRecord(b)
      : await listMissionsByRequester({ ...b, userId: requesterId(actor) });
  const items = scope === "own" && q.status ? page.items.filter((m) => m.status === q.status) : page.items;
  return { items, cursor: page.cursor };
}
