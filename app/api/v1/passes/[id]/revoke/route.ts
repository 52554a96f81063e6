import { passOperations } from "@/server/http/openapi/resources/passes";
import { apiRoute, json } from "@/server/http/route";
import { revokePass } from "@/server/services/passes/revoke-pass";

export const POST = apiRoute(passOperations.revokePass, async ({ actor, params }) =>
  json(await revokePass(actor, params.id)),
);
