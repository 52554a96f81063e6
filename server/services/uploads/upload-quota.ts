import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/roles";
import { addToRateWindow } from "../../db/rate-windows";

/**
 * Presigned uploads per actor per hour, by role: each one lets the holder store up to 10 MB, so an unbounded
 * number would let one guest link or resident fill the bucket. Generous for real use (a ticket takes a few
 * photos, a check-in two or three ID pages); counted in the table like the other rate limits, so it holds
 * across app instances. Ticket photos, knowledge files and ID documents share the one budget.
 */
export const UPLOADS_PER_HOUR: Record<Role, number> = { guest: 20, resident: 60, staff: 200, manager: 200 };
const WINDOW_MS = 60 * 60_000;

export async function consumeUploadQuota(actor: Actor, now = Date.now()): Promise<void> {
  const counted = await addToRateWindow({
    scope: "uploads",
    key: `${actor.buildingId}:${actor.kind}:${actor.id}`,
    windowMs: WINDOW_MS,
    max: UPLOADS_PER_HOUR[actor.role],
    now,
  });
  if (!counted) throw new AppError("rate_limited", "Too many uploads in the last hour. Try again later.");
}
