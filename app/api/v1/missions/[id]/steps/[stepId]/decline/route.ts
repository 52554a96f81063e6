import { decideStep } from "@/server/agents/director";
import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";

export const POST = apiRoute(missionOperations.declineMissionStep, async ({ actor, params }) =>
  json({
    mission: await decideStep(actor, { missionId: params.id, stepId: params.stepId, decision: "decline" }),
  }),
);
