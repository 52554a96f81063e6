import { decideStepInputSchema, missionStepParamsSchema } from "@/lib/domain/mission";
import { decideStep } from "@/server/agents/director";
import { apiRoute, json } from "@/server/http/route";

export const POST = apiRoute(
  { params: missionStepParamsSchema, body: decideStepInputSchema, capability: "mission.approve" },
  async ({ actor, params }) =>
    json({
      mission: await decideStep(actor, { missionId: params.id, stepId: params.stepId, decision: "approve" }),
    }),
);
