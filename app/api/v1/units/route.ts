import { pageQuerySchema } from "@/lib/domain/common";
import { createUnitInputSchema } from "@/lib/domain/unit";
import { apiRoute, json } from "@/server/http/route";
import { createUnit as createUnitForActor } from "@/server/services/units/create-unit";
import { listUnits as listUnitsForActor } from "@/server/services/units/list-units";

export const GET = apiRoute({ query: pageQuerySchema, capability: "unit.read" }, async ({ actor, query }) =>
  json(await listUnitsForActor(actor, query)),
);

export const POST = apiRoute(
  { body: createUnitInputSchema, capability: "unit.manage" },
  async ({ actor, body }) => json({ unit: await createUnitForActor(actor, body) }, 201),
);
