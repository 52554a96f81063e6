import "server-only";
import type { ApiToken } from "@/lib/domain/api-token";
import { touchApiToken } from "../db/api-tokens";

/**
 * `lastUsedAt` tells a manager which tokens are alive; minute precision is plenty. A conditional update that
 * finds the value fresh still costs a write unit, so the decision is made here, before any write: from the
 * `lastUsedAt` just read with the token (fresh across instances) and from this instance's own last touch
 * (covers a burst of requests that all read the old value). The db's condition remains the backstop.
 */
const TOUCH_EVERY_MS = 60_000;
const MAX_TRACKED = 10_000;
const lastTouch = new Map<string, number>();

export async function recordTokenUse(token: ApiToken, now: Date): Promise<boolean> {
  const stored = token.lastUsedAt ? Date.parse(token.lastUsedAt) : 0;
  const seen = Math.max(stored, lastTouch.get(token.id) ?? 0);
  if (now.getTime() - seen < TOUCH_EVERY_MS) return false;
  if (lastTouch.size >= MAX_TRACKED) lastTouch.clear(); // bounded memory; at worst one extra write per token
  lastTouch.set(token.id, now.getTime());
  await touchApiToken({ buildingId: token.buildingId, tokenId: token.id, at: now });
  return true;
}
