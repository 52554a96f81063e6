import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";
import { cancelMission } from "@/server/services/missions/cancel-mission";

export const POST = apiRoute(missionOperations.cancelMission, async ({ actor, params }) =>
  json({ mission: await cancelMission(actor, params.id) }),
);
