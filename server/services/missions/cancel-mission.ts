import "server-only";
import type { MissionDTO } from "@/lib/domain/mission";
import { conflict, notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../../agents/requester";
import { findMission, saveMission } from "../../db/missions";
import { publishLiveUpdate } from "../../live/live-updates";
import { recordAudit } from "../audit/audit";

/** What may still be called off: nothing of it is running. */
const CANCELLABLE = new Set(["planned", "awaiting_approval", "scheduled"]);

/**
 * Calls off a mission that has not run to its end, e.g. a door unlock scheduled for 15:00: its steps still to
 * run are skipped. The requester their own, staff and managers any of the building's. Conditional on the
 * mission read, so a cancel racing the scheduled run (or an approval) is a 409, never half of each.
 */
export async function cancelMission(actor: Actor, missionId: string): Promise<MissionDTO> {
  const scope = authorize(actor, "mission.cancel");
  const m = await findMission({ buildingId: actor.buildingId, missionId });
  if (!m || (scope === "own" && m.requestedBy.id !== requesterId(actor))) throw notFound("Mission");
  if (!CANCELLABLE.has(m.status)) throw conflict("This request already ran or ended.");
  const steps = m.steps.map((s) =>
    s.status === "pending" || s.status === "approved" || s.status === "awaiting_approval"
      ? { ...s, status: "skipped" as const }
      : s,
  );
  const saved = await saveMission({
    buildingId: m.buildingId,
    missionId,
    status: "cancelled",
    steps,
    expectedUpdatedAt: m.updatedAt,
    at: new Date(Math.max(Date.now(), Date.parse(m.updatedAt) + 1)).toISOString(),
  });
  publishLiveUpdate(saved.buildingId, { type: "mission", mission: saved });
  await recordAudit(actor, "mission.cancel", { type: "mission", id: missionId }, "success").catch(
    () => undefined,
  );
  return saved;
}
