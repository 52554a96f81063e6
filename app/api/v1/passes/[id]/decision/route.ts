import { passOperations } from "@/server/http/openapi/resources/passes";
import { apiRoute, json } from "@/server/http/route";
import { decidePass } from "@/server/services/passes/decide-pass";

export const POST = apiRoute(passOperations.decidePass, async ({ actor, params, body }) =>
  json(await decidePass(actor, params.id, body)),
);
