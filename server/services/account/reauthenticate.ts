import "server-only";
import type { UserRecord } from "@/lib/domain/user";
import { AppError, forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { dummyHash, verifyPassword } from "../../auth/password";
import { addToRateWindow } from "../../db/rate-windows";
import { findUserCredentialsByEmail } from "../../db/users";
import { recordAudit } from "../audit/audit";

/** Attempts at typing the current password per account, so a stolen session cannot guess it. */
const REAUTH_ATTEMPTS = 10;
const REAUTH_WINDOW_MS = 15 * 60_000;

/** Account self-service is for people with an account: not guests (a stay link), not API tokens. */
export function requireAccountHolder(actor: Actor): void {
  if (actor.kind !== "user" || actor.role === "guest" || !actor.email) throw forbidden();
}

/**
 * Re-authentication before a password or email change: the current password must be right. Every attempt is
 * counted per account (atomically, in the table); a wrong one is audited and names the field. Returns the stored
 * record, whose hash a password change is conditioned on.
 */
export async function reauthenticate(
  actor: Actor,
  currentPassword: string,
  action: string,
): Promise<UserRecord> {
  requireAccountHolder(actor);
  const allowed = await addToRateWindow({
    scope: "reauth",
    key: actor.id,
    windowMs: REAUTH_WINDOW_MS,
    max: REAUTH_ATTEMPTS,
  });
  if (!allowed) throw new AppError("rate_limited", "Too many attempts. Try again in 15 minutes.");
  const rec = await findUserCredentialsByEmail({ email: actor.email ?? "" });
  const mine = rec && rec.id === actor.id && rec.buildingId === actor.buildingId ? rec : null;
  const ok = await verifyPassword(currentPassword, mine?.passwordHash ?? (await dummyHash()));
  if (!mine?.passwordHash || !ok) {
    await recordAudit(actor, action, { type: "user", id: actor.id }, "denied", { reason: "wrong_password" });
    throw new AppError("validation", "The current password is not right.", {
      fields: { currentPassword: ["The current password is not right."] },
    });
  }
  return mine;
}
