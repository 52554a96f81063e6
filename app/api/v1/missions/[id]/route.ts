import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";
import { getMissionForActor } from "@/server/services/get-mission";

export const GET = apiRoute(missionOperations.getMission, async ({ actor, params }) =>
  json({ mission: await getMissionForActor(actor, params.id) }),
);
