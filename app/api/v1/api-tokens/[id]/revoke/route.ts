import { apiTokenOperations } from "@/server/http/openapi/resources/api-tokens";
import { apiRoute, json } from "@/server/http/route";
import { revokeApiToken } from "@/server/services/api-tokens/revoke-api-token";

export const POST = apiRoute(apiTokenOperations.revokeApiToken, async ({ actor, params }) =>
  json({ token: await revokeApiToken(actor, params.id) }),
);
