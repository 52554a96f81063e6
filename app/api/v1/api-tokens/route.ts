import { apiTokenOperations } from "@/server/http/openapi/resources/api-tokens";
import { apiRoute, json } from "@/server/http/route";
import { issueApiToken } from "@/server/services/api-tokens/issue-api-token";
import { listApiTokens } from "@/server/services/api-tokens/list-api-tokens";

export const GET = apiRoute(apiTokenOperations.listApiTokens, async ({ actor, query }) =>
  json(await listApiTokens(actor, query)),
);

export const POST = apiRoute(apiTokenOperations.createApiToken, async ({ actor, body }) =>
  json(await issueApiToken(actor, body), 201),
);
