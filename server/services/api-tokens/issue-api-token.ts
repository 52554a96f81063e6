import "server-only";
import {
  type ApiToken,
  type ApiTokenDTO,
  type CreateApiTokenInput,
  DEFAULT_API_TOKEN_DAYS,
  toApiTokenDTO,
} from "@/lib/domain/api-token";
import { newId } from "@/lib/domain/ids";
import { forbidden } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createApiToken } from "../../db/api-tokens";
import { getBuilding } from "../../db/buildings";
import { hashToken, newSecretToken } from "../../db/token-hash";
import { recordAudit } from "../audit/audit";

/** Recognisable prefix, so secret scanners and people can tell a BuildingOS token from other secrets. */
const TOKEN_PREFIX = "bos_";
const DAY_MS = 24 * 3600 * 1000;

/**
 * A manager issues a token for their own building. The plaintext is returned here, once: only its SHA-256 is
 * stored, so it cannot be shown again. Tokens cannot issue tokens (see WITHHELD_FROM_TOKENS).
 */
export async function issueApiToken(
  actor: Actor,
  input: CreateApiTokenInput,
  now = new Date(),
): Promise<{ token: ApiTokenDTO; secret: string }> {
  authorize(actor, "apiToken.manage");
  const building = await getBuilding({ buildingId: actor.buildingId });
  if (!building.config.features.apiTokens) throw forbidden("API tokens are switched off for this building.");
  const secret = `${TOKEN_PREFIX}${newSecretToken()}`;
  const token: ApiToken = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    name: input.name,
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    tokenHash: hashToken(secret),
    role: input.role,
    createdBy: actor.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(
      now.getTime() + (input.expiresInDays ?? DEFAULT_API_TOKEN_DAYS) * DAY_MS,
    ).toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await createApiToken({ token });
  await recordAudit(actor, "apiToken.create", { type: "api_token", id: token.id }, "success", {
    name: token.name,
    role: token.role,
    expiresAt: token.expiresAt,
  });
  return { token: toApiTokenDTO(token), secret };
}
