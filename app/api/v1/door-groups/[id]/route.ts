import { doorGroupOperations } from "@/server/http/openapi/resources/door-groups";
import { apiRoute, json } from "@/server/http/route";
import { updateDoorGroup } from "@/server/services/door-groups/update-door-group";

export const PUT = apiRoute(doorGroupOperations.updateDoorGroup, async ({ actor, params, body }) =>
  json(await updateDoorGroup(actor, params.id, body)),
);
