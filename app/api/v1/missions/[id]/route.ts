import { missionIdParamsSchema } from "@/lib/domain/mission";
import { apiRoute, json } from "@/server/http/route";
import { getMission as getMissionForActor } from "@/server/services/missions/get-mission";

export const GET = apiRoute(
  { params: missionIdParamsSchema, capability: "mission.read" },
  async ({ actor, params }) => json({ mission: await getMissionForActor(actor, params.id) }),
);
