import { listMissionsQuerySchema } from "@/lib/domain/mission";
import { apiRoute, json } from "@/server/http/route";
import { listMissions as listMissionsForActor } from "@/server/services/missions/list-missions";

export const GET = apiRoute(
  { query: listMissionsQuerySchema, capability: "mission.read" },
  async ({ actor, query }) => json(await listMissionsForActor(actor, query)),
);
