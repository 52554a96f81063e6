import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";
import { listMissionsForActor } from "@/server/services/list-missions";

export const GET = apiRoute(missionOperations.listMissions, async ({ actor, query }) =>
  json(await listMissionsForActor(actor, query)),
);
