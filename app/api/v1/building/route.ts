import { patchBuildingBodySchema } from "@/lib/domain/building";
import { apiRoute, json } from "@/server/http/route";
import { getBuilding as getBuildingForActor } from "@/server/services/building/get-building";
import { updateBuildingConfig as updateBuildingConfigForActor } from "@/server/services/building/update-building-config";

export const GET = apiRoute({ capability: "building.read" }, async ({ actor }) =>
  json({ building: await getBuildingForActor(actor) }),
);

export const PATCH = apiRoute(
  { body: patchBuildingBodySchema, capability: "building.manage" },
  async ({ actor, body }) => json({ building: await updateBuildingConfigForActor(actor, body.config) }),
);
