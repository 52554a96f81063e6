import { unitAdminOperations } from "@/server/http/openapi/resources/unit-admin";
import { apiRoute, json } from "@/server/http/route";
import { updateUnitForActor } from "@/server/services/update-unit";

export const PATCH = apiRoute(unitAdminOperations.updateUnit, async ({ actor, params, body }) =>
  json({ unit: await updateUnitForActor(actor, params.id, body) }),
);
