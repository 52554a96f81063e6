import { tokenIdParamsSchema } from "@/lib/domain/people";
import { apiRoute, json } from "@/server/http/route";
import { revokeApiToken as revokeApiTokenForActor } from "@/server/services/api-tokens/revoke-api-token";

export const POST = apiRoute(
  { params: tokenIdParamsSchema, capability: "apiToken.manage" },
  async ({ actor, params }) => json({ token: await revokeApiTokenForActor(actor, params.id) }),
);
