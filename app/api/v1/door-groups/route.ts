import { createDoorGroupInputSchema } from "@/lib/domain/door-group";
import { apiRoute, json } from "@/server/http/route";
import { defineDoorGroup } from "@/server/services/door-groups/create-door-group";
import { listBuildingDoorGroups } from "@/server/services/door-groups/list-door-groups";

export const GET = apiRoute({ capability: "doorGroup.read" }, async ({ actor }) =>
  json(await listBuildingDoorGroups(actor)),
);

export const POST = apiRoute(
  { body: createDoorGroupInputSchema, capability: "doorGroup.manage" },
  async ({ actor, body }) => json(await defineDoorGroup(actor, body), 201),
);
