import { apiTokenOperations } from "@/server/http/openapi/resources/api-tokens";
import { apiRoute, json } from "@/server/http/route";
import { revokeApiTokenForActor } from "@/server/services/revoke-api-token";

export const POST = apiRoute(apiTokenOperations.revokeApiToken, async ({ actor, params }) =>
  json({ token: await revokeApiTokenForActor(actor, params.id) }),
);
