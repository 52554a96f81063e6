import "server-only";
import type { MissionDTO } from "@/lib/domain/mission";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../../agents/requester";
import { findMission } from "../../db/missions";

/** One mission: staff and managers any of the building's, others only their own (else not found). */
export async function getMission(actor: Actor, missionId: string): Promise<MissionDTO> {
  const scope = authorize(actor, "mission.read");
  const m = await findMission({ buildingId: actor.buildingId, missionId });
  if (!m || (scope === "own" && m.requestedBy.id !== requesterId(actor))) throw notFound("Mission");
  return m;
}
