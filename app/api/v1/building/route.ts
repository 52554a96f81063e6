import { buildingOperations } from "@/server/http/openapi/resources/building";
import { apiRoute, json } from "@/server/http/route";
import { getBuildingForActor } from "@/server/services/get-building";
import { updateBuildingConfigForActor } from "@/server/services/update-building-config";

export const GET = apiRoute(buildingOperations.getBuilding, async ({ actor }) =>
  json({ building: await getBuildingForActor(actor) }),
);

export const PATCH = apiRoute(buildingOperations.updateBuildingConfig, async ({ actor, body }) =>
  json({ building: await updateBuildingConfigForActor(actor, body.config) }),
);
