import "server-only";
import { EMAIL_CHANGE_MINUTES, PASSWORD_RESET_MINUTES } from "@/lib/domain/account";
import type { User } from "@/lib/domain/user";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { type AccountLink, type AccountLinkPurpose, findAccountLink } from "../../db/account-links";
import { hashToken, newSecretToken } from "../../db/token-hash";
import { findUserSession } from "../../db/user-sessions";

const MINUTES: Record<AccountLinkPurpose, number> = {
  reset: PASSWORD_RESET_MINUTES,
  email: EMAIL_CHANGE_MINUTES,
};
const PATHS: Record<AccountLinkPurpose, string> = { reset: "/reset-password", email: "/confirm-email" };

/**
 * A new account link: 256 random bits, of which only the SHA-256 is stored; the plaintext leaves the server once,
 * in the email. It remembers the session version it was issued at (see server/db/account-links.ts).
 */
export function newAccountLink(
  purpose: AccountLinkPurpose,
  user: { buildingId: string; id: string },
  sessionVersion: number,
  now: Date,
  newEmail?: string,
): { token: string; tokenHash: string; link: AccountLink; url: string } {
  const token = newSecretToken();
  return {
    token,
    tokenHash: hashToken(token),
    url: new URL(`${PATHS[purpose]}/${token}`, config().APP_URL).toString(),
    link: {
      purpose,
      buildingId: user.buildingId,
      userId: user.id,
      sessionVersion,
      ...(newEmail ? { newEmail } : {}),
      expiresAt: new Date(now.getTime() + MINUTES[purpose] * 60_000).toISOString(),
      createdAt: now.toISOString(),
    },
  };
}

/**
 * The link and its (active) user, or null when the link is unknown, used, expired or older than the user's last
 * session bump: every page and action answers those the same way.
 */
export async function liveAccountLink(
  purpose: AccountLinkPurpose,
  token: string,
  now = new Date(),
): Promise<{ link: AccountLink; tokenHash: string; user: User } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const link = await findAccountLink({ purpose, tokenHash, now });
  if (!link) return null;
  const found = await findUserSession({ buildingId: link.buildingId, userId: link.userId });
  if (found?.user.status !== "active" || found.sessionVersion !== link.sessionVersion) return null;
  return { link, tokenHash, user: found.user };
}

/** Public flows act as the account's own person in the audit log. */
export const selfActor = (u: User): Actor => ({
  kind: "user",
  id: u.id,
  role: u.role,
  buildingId: u.buildingId,
  unitIds: u.unitIds,
  name: u.name,
  email: u.email,
});
