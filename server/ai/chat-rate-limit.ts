import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/roles";

/**
 * Concierge messages per person per minute, by role: guests (no account, a link) least, staff most. A model
 * call costs money and a guest link can leak, so this bounds what one holder can spend. In memory, per instance.
 */
export const CHAT_LIMITS: Record<Role, number> = { guest: 10, resident: 20, staff: 40, manager: 40 };

type Limiters = Record<Role, RateLimiterMemory>;
const store = globalThis as typeof globalThis & { __buildingosChatLimiters?: Limiters };
store.__buildingosChatLimiters ??= Object.fromEntries(
  Object.entries(CHAT_LIMITS).map(([role, points]) => [
    role,
    new RateLimiterMemory({ keyPrefix: `chat-${role}`, points, duration: 60 }),
  ]),
) as Limiters;

export async function consumeChatBudget(actor: Actor): Promise<void> {
  const limiter = store.__buildingosChatLimiters?.[actor.role];
  if (!limiter) return;
  try {
    await limiter.consume(`${actor.buildingId}:${actor.kind}:${actor.id}`);
  } catch {
    throw new AppError("rate_limited", "Too many messages. Wait a minute and try again.");
  }
}
