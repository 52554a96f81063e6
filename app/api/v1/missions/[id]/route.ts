import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";
import { getMission } from "@/server/services/missions/get-mission";

export const GET = apiRoute(missionOperations.getMission, async ({ actor, params }) =>
  json({ mission: await getMission(actor, params.id) }),
);
