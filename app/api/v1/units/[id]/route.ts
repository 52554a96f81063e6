import { unitAdminOperations } from "@/server/http/openapi/resources/unit-admin";
import { apiRoute, json } from "@/server/http/route";
import { updateUnit } from "@/server/services/units/update-unit";

export const PATCH = apiRoute(unitAdminOperations.updateUnit, async ({ actor, params, body }) =>
  json({ unit: await updateUnit(actor, params.id, body) }),
);
