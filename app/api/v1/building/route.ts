import { buildingOperations } from "@/server/http/openapi/resources/building";
import { apiRoute, json } from "@/server/http/route";
import { getBuilding } from "@/server/services/building/get-building";
import { updateBuildingConfig } from "@/server/services/building/update-building-config";

export const GET = apiRoute(buildingOperations.getBuilding, async ({ actor }) =>
  json({ building: await getBuilding(actor) }),
);

export const PATCH = apiRoute(buildingOperations.updateBuildingConfig, async ({ actor, body }) =>
  json({ building: await updateBuildingConfig(actor, body.config) }),
);
