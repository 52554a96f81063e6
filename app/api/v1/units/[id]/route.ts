import { idParamsSchema } from "@/lib/domain/reservation-api";
import { updateUnitInputSchema } from "@/lib/domain/unit";
import { apiRoute, json } from "@/server/http/route";
import { updateUnit as updateUnitForActor } from "@/server/services/units/update-unit";

export const PATCH = apiRoute(
  { params: idParamsSchema, body: updateUnitInputSchema, capability: "unit.manage" },
  async ({ actor, params, body }) => json({ unit: await updateUnitForActor(actor, params.id, body) }),
);
