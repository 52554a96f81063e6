import { turnoverOperations } from "@/server/http/openapi/resources/turnovers";
import { apiRoute, json } from "@/server/http/route";
import { updateTurnover } from "@/server/services/turnovers/update-turnover";

export const PATCH = apiRoute(turnoverOperations.updateTurnover, async ({ actor, params, body }) =>
  json(await updateTurnover(actor, params.id, body)),
);
