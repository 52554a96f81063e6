import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { getHandover } from "@/server/services/handover/get-handover";

export const GET = apiRoute(handoverOperations.getHandover, async ({ actor, params }) =>
  json(await getHandover(actor, params.id)),
);
