import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";
import { listMissions } from "@/server/services/missions/list-missions";

export const GET = apiRoute(missionOperations.listMissions, async ({ actor, query }) =>
  json(await listMissions(actor, query)),
);
