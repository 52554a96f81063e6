import { pageQuerySchema } from "@/lib/domain/common";
import { apiRoute, json } from "@/server/http/route";
import { listUnitsForActor } from "@/server/services/list-units";

export const GET = apiRoute({ query: pageQuerySchema, capability: "unit.read" }, async ({ actor, query }) =>
  json(await listUnitsForActor(actor, query)),
);
