import { unitAdminOperations } from "@/server/http/openapi/resources/unit-admin";
import { unitOperations } from "@/server/http/openapi/resources/units";
import { apiRoute, json } from "@/server/http/route";
import { createUnitForActor } from "@/server/services/create-unit";
import { listUnitsForActor } from "@/server/services/list-units";

export const GET = apiRoute(unitOperations.listUnits, async ({ actor, query }) =>
  json(await listUnitsForActor(actor, query)),
);

export const POST = apiRoute(unitAdminOperations.createUnit, async ({ actor, body }) =>
  json({ unit: await createUnitForActor(actor, body) }, 201),
);
