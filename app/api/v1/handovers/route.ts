import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { listHandovers } from "@/server/services/handover/list-handovers";

export const GET = apiRoute(handoverOperations.listHandovers, async ({ actor, query }) =>
  json(await listHandovers(actor, query)),
);
