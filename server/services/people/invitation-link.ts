import "server-only";
import type { Invitation, User } from "@/lib/domain/user";
import { config } from "../../config";
import { hashToken, newSecretToken } from "../../db/token-hash";

/** How long an invitation link works; re-sending issues a fresh one and kills the old. */
export const INVITATION_DAYS = 7;

/**
 * A new invitation link: 256 random bits, of which only the SHA-256 is stored. The plaintext leaves the server
 * once, in the email (and so, locally, in the outbox).
 */
export function newInvitation(
  user: Pick<User, "id" | "buildingId" | "email">,
  now: Date,
): { token: string; invitation: Invitation } {
  const token = newSecretToken();
  return {
    token,
    invitation: {
      tokenHash: hashToken(token),
      buildingId: user.buildingId,
      userId: user.id,
      email: user.email,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      createdAt: now.toISOString(),
    },
  };
}

export function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, config().APP_URL).toString();
}
