import "server-only";
import { z } from "zod";
import { apiTokenSchema, createApiTokenInputSchema } from "@/lib/domain/api-token";
import { pageQuerySchema } from "@/lib/domain/common";
import { tokenIdParamsSchema } from "@/lib/domain/people";
import { defineOperations, pageOf } from "../registry";

const tag = "API tokens";
const tokenDTO = apiTokenSchema.omit({ tokenHash: true });

export const apiTokenOperations = defineOperations({
  listApiTokens: {
    method: "get",
    path: "/api/v1/api-tokens",
    tag,
    summary: "The building's API tokens",
    description:
      "Managers signed in (tokens cannot manage tokens). Newest first; the secret is never returned.",
    capability: "apiToken.manage",
    query: pageQuerySchema,
    responses: { 200: { description: "A page of tokens", schema: pageOf(tokenDTO) } },
  },
  createApiToken: {
    method: "post",
    path: "/api/v1/api-tokens",
    tag,
    summary: "Issue an API token",
    description:
      "The plaintext `secret` is in this response only: just its SHA-256 is stored. 403 while the building has API tokens switched off.",
    capability: "apiToken.manage",
    body: createApiTokenInputSchema,
    responses: {
      201: {
        description: "Issued",
        schema: z.object({ token: tokenDTO, secret: z.string().describe("Shown once; send as Bearer") }),
      },
    },
  },
  revokeApiToken: {
    method: "post",
    path: "/api/v1/api-tokens/{id}/revoke",
    tag,
    summary: "Revoke a token",
    description: "The token stops working on its next request. Revoking twice is harmless.",
    capability: "apiToken.manage",
    params: tokenIdParamsSchema,
    responses: { 200: { description: "The revoked token", schema: z.object({ token: tokenDTO }) } },
    errors: [404],
  },
});
