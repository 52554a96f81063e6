import { doorGroupOperations } from "@/server/http/openapi/resources/door-groups";
import { apiRoute, json } from "@/server/http/route";
import { defineDoorGroup } from "@/server/services/door-groups/create-door-group";
import { listBuildingDoorGroups } from "@/server/services/door-groups/list-door-groups";

export const GET = apiRoute(doorGroupOperations.getDoorGroups, async ({ actor }) =>
  json(await listBuildingDoorGroups(actor)),
);

export const POST = apiRoute(doorGroupOperations.createDoorGroup, async ({ actor, body }) =>
  json(await defineDoorGroup(actor, body), 201),
);
