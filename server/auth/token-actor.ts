import "server-only";
import type { ApiToken } from "@/lib/domain/api-token";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { findApiTokenByHash } from "../db/api-tokens";
import { hashToken } from "../db/token-hash";
import { findUser } from "../db/users";
import { featureEnabled } from "../services/building/require-feature";
import { recordTokenUse } from "./token-usage";

/** `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 7235). */
const BEARER = /^bearer(?:\s+(.*))?$/i;

/**
 * The token of a Bearer Authorization header: undefined when the request has none (other schemes, such as
 * the Basic auth of a staging proxy, are left alone), "" when the header names Bearer but carries nothing.
 */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization")?.trim();
  if (!header) return undefined;
  const m = BEARER.exec(header);
  return m ? (m[1] ?? "").trim() : undefined;
}

// One message for unknown, revoked and expired: the db layer cannot tell them apart either, on purpose.
const invalidToken = () =>
  new AppError("unauthenticated", "The API token is not valid: it is unknown, revoked or expired.");

/**
 * The actor behind an API token: its building, the role it was issued with, no units. Only the SHA-256 of
 * the presented token is looked up (one GetItem on the lookup item, one on the token). The building's
 * `features.apiTokens` switch is honoured, so a manager can stop every token at once, and a token dies with
 * its issuer: one issued by a manager who is since disabled (or no longer a manager) is refused.
 */
export async function tokenActor(token: string, now = new Date()): Promise<Actor> {
  if (!token) throw invalidToken();
  const t = await findApiTokenByHash({ tokenHash: hashToken(token), now });
  if (!t) throw invalidToken();
  if (!(await featureEnabled(t.buildingId, "apiTokens", now))) {
    throw new AppError("unauthenticated", "API tokens are switched off for this building.");
  }
  if (!(await issuerActive(t, now))) throw invalidToken();
  await recordTokenUse(t, now);
  return toActor(t);
}

const toActor = (t: ApiToken): Actor => ({
  kind: "token",
  id: t.id,
  role: t.role,
  buildingId: t.buildingId,
  unitIds: [],
  name: t.name,
});

/**
 * The issuer's record is read at most every 30 s per token, like the switch: disabling a manager stops their
 * tokens within that time without a user read on every machine request.
 */
const ISSUER_TTL_MS = 30_000;
const issuers = new Map<string, { active: boolean; readAt: number }>();

async function issuerActive(t: ApiToken, now: Date): Promise<boolean> {
  const key = `${t.buildingId}/${t.createdBy}`;
  const cached = issuers.get(key);
  if (cached && now.getTime() - cached.readAt < ISSUER_TTL_MS) return cached.active;
  const user = await findUser({ buildingId: t.buildingId, userId: t.createdBy }).catch(() => null);
  const active = user?.status === "active" && user.role === "manager";
  issuers.set(key, { active, readAt: now.getTime() });
  return active;
}
