import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/** A bearer token issued by a manager, scoped to a building; acts with the role given at issue. */
export const apiTokenSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  name: z.string().trim().min(1).max(80),
  /** first characters of the token, shown so people can tell tokens apart */
  prefix: z.string().max(16),
  /** sha-256 of the token; the token itself is shown once and never stored */
  tokenHash: z.string().min(16),
  role: z.enum(["staff", "manager"]),
  createdBy: idSchema,
  createdAt: timestampSchema,
  expiresAt: timestampSchema.nullable(),
  lastUsedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type ApiTokenDTO = Omit<ApiToken, "tokenHash">;
export const toApiTokenDTO = ({ tokenHash: _h, ...rest }: ApiToken): ApiTokenDTO => rest;

/** A token nobody set an expiry for still ends: a forgotten machine secret should not work for ever. */
export const DEFAULT_API_TOKEN_DAYS = 90;

export const createApiTokenInputSchema = z.object({
  name: apiTokenSchema.shape.name,
  role: apiTokenSchema.shape.role.default("staff"),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe(`Days until the token stops working; ${DEFAULT_API_TOKEN_DAYS} when not given.`),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInputSchema>;
