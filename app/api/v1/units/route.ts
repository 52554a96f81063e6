import { unitAdminOperations } from "@/server/http/openapi/resources/unit-admin";
import { unitOperations } from "@/server/http/openapi/resources/units";
import { apiRoute, json } from "@/server/http/route";
import { createUnit } from "@/server/services/units/create-unit";
import { listUnits } from "@/server/services/units/list-units";

export const GET = apiRoute(unitOperations.listUnits, async ({ actor, query }) =>
  json(await listUnits(actor, query)),
);

export const POST = apiRoute(unitAdminOperations.createUnit, async ({ actor, body }) =>
  json({ unit: await createUnit(actor, body) }, 201),
);
