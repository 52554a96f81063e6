import { createApiTokenInputSchema } from "@/lib/domain/api-token";
import { pageQuerySchema } from "@/lib/domain/common";
import { apiRoute, json } from "@/server/http/route";
import { issueApiToken } from "@/server/services/api-tokens/issue-api-token";
import { listApiTokens as listApiTokensForActor } from "@/server/services/api-tokens/list-api-tokens";

export const GET = apiRoute(
  { query: pageQuerySchema, capability: "apiToken.manage" },
  async ({ actor, query }) => json(await listApiTokensForActor(actor, query)),
);

export const POST = apiRoute(
  { body: createApiTokenInputSchema, capability: "apiToken.manage" },
  async ({ actor, body }) => json(await issueApiToken(actor, body), 201),
);
