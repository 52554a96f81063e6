import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { claimHandover } from "@/server/services/handover/claim-handover";

export const POST = apiRoute(handoverOperations.claimHandover, async ({ actor, params, body }) =>
  json({ handover: await claimHandover(actor, params.id, body) }),
);
