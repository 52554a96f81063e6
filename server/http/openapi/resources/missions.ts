import "server-only";
import { z } from "zod";
import { conciergeResponseSchema } from "@/lib/domain/chat";
import { conciergeInputSchema } from "@/lib/domain/conversation";
import {
  decideStepInputSchema,
  listMissionsQuerySchema,
  missionIdParamsSchema,
  missionSchema,
  missionStepParamsSchema,
} from "@/lib/domain/mission";
import { defineOperations, pageOf } from "../registry";

const missionResponse = z.object({ mission: missionSchema });
const decide = (d: "approve" | "decline") => ({
  method: "post" as const,
  path: `/api/v1/missions/{id}/steps/{stepId}/${d}`,
  tag: "Missions" as const,
  summary: d === "approve" ? "Approve a step waiting for staff" : "Decline a step waiting for staff",
  description:
    d === "approve"
      ? "Staff and managers (people only: API tokens may not approve). The mission then runs on as the approver; a step that fails fails the mission. 409 when the step is not waiting (already decided)."
      : "Staff and managers (people only). The mission is cancelled and its later steps skipped. 409 when the step is not waiting.",
  capability: "mission.approve" as const,
  params: missionStepParamsSchema,
  body: decideStepInputSchema,
  responses: { 200: { description: "The mission after the decision", schema: missionResponse } },
  errors: [409 as const],
});

/** The director's missions, and the concierge for messaging channels. */
export const missionOperations = defineOperations({
  listMissions: {
    method: "get",
    path: "/api/v1/missions",
    tag: "Missions",
    summary: "Missions the caller may see, newest first",
    description:
      "Staff, managers and tokens: the building's missions (`status` reads that status's index, e.g. the approvals queue). Residents and guests: the missions their requests started.",
    capability: "mission.read",
    query: listMissionsQuerySchema,
    responses: { 200: { description: "A page of missions", schema: pageOf(missionSchema) } },
  },
  getMission: {
    method: "get",
    path: "/api/v1/missions/{id}",
    tag: "Missions",
    summary: "One mission with its steps and their results",
    description: "Its requester, staff and managers; for anyone else it is not found.",
    capability: "mission.read",
    params: missionIdParamsSchema,
    responses: { 200: { description: "The mission", schema: missionResponse } },
  },
  cancelMission: {
    method: "post",
    path: "/api/v1/missions/{id}/cancel",
    tag: "Missions",
    summary: "Call off a mission that has not run",
    description:
      "Its requester, staff and managers: a mission `planned`, `awaiting_approval` or `scheduled` (e.g. a door unlock asked for 15:00) is cancelled and its steps still to run are skipped. 409 when it already ran or ended (or changed meanwhile); for anyone else it is not found.",
    capability: "mission.cancel",
    params: missionIdParamsSchema,
    responses: { 200: { description: "The cancelled mission", schema: missionResponse } },
    errors: [404, 409],
  },
  approveMissionStep: decide("approve"),
  declineMissionStep: decide("decline"),
  askConcierge: {
    method: "post",
    path: "/api/v1/concierge",
    tag: "Concierge",
    summary: "Ask the concierge (not streamed)",
    description:
      "The same persona, rules, retrieval and tools as the chat page, for messaging channels and integrations. Answers from the building's documents the caller's audience may read, with citations; a request that needs action starts a mission (`missionId`). Rate-limited per person by role (429). A `conversationId` that is not the caller's is not found (404).",
    capability: "concierge.chat",
    body: conciergeInputSchema,
    responses: { 200: { description: "The answer", schema: conciergeResponseSchema } },
    errors: [404, 429, 503],
  },
});
