import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/roles";
import { addToRateWindow } from "../db/rate-windows";

/**
 * Concierge messages per person per minute, by role: guests (no account, a link) least, staff most. A model
 * call costs money and a guest link can leak, so this bounds what one holder can spend. Counted in the table,
 * so the budget is the same however many app instances answer.
 */
export const CHAT_LIMITS: Record<Role, number> = { guest: 10, resident: 20, staff: 40, manager: 40 };
const WINDOW_MS = 60_000;

export async function consumeChatBudget(actor: Actor, now = Date.now()): Promise<void> {
  const max = CHAT_LIMITS[actor.role];
  if (!max) return;
  const counted = await addToRateWindow({
    scope: `chat-${actor.role}`,
    key: `${actor.buildingId}:${actor.kind}:${actor.id}`,
    windowMs: WINDOW_MS,
    max,
    now,
  });
  if (!counted) throw new AppError("rate_limited", "Too many messages. Wait a minute and try again.");
}
