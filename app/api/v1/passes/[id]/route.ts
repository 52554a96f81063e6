import { passOperations } from "@/server/http/openapi/resources/passes";
import { apiRoute, json } from "@/server/http/route";
import { getPassWithEntries } from "@/server/services/passes/list-passes";

export const GET = apiRoute(passOperations.getPass, async ({ actor, params }) =>
  json(await getPassWithEntries(actor, params.id)),
);
