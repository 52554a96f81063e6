import "server-only";
import type { ApiToken } from "@/lib/domain/api-token";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getApiTokenByHash } from "../db/api-tokens";
import { findBuilding } from "../db/buildings";
import { hashToken } from "../db/token-hash";
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
 * `features.apiTokens` switch is honoured, so a manager can stop every token at once.
 */
export async function tokenActor(token: string, now = new Date()): Promise<Actor> {
  if (!token) throw invalidToken();
  const t = await getApiTokenByHash({ tokenHash: hashToken(token), now });
  if (!t) throw invalidToken();
  if (!(await tokensEnabled(t.buildingId, now))) {
    throw new AppError("unauthenticated", "API tokens are switched off for this building.");
  }
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
 * The switch changes rarely and tokens are machine traffic, so it is read at most every 30 s per instance:
 * turning tokens off takes effect within that time instead of costing a building read on every request.
 */
const SWITCH_TTL_MS = 30_000;
const switches = new Map<string, { enabled: boolean; readAt: number }>();

async function tokensEnabled(buildingId: string, now: Date): Promise<boolean> {
  const cached = switches.get(buildingId);
  if (cached && now.getTime() - cached.readAt < SWITCH_TTL_MS) return cached.enabled;
  const building = await findBuilding({ buildingId });
  const enabled = building?.config.features.apiTokens ?? false;
  switches.set(buildingId, { enabled, readAt: now.getTime() });
  return enabled;
}
