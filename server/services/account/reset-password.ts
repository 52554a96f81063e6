import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword } from "../../auth/password";
import { resetPasswordWithLink } from "../../db/account-links";
import { recordAudit } from "../audit/audit";
import { liveAccountLink, selfActor } from "./account-links";

/**
 * The reset link's form: the link is checked before any hashing (so a stranger cannot make the server hash for
 * nothing), then used once: new password and a bumped session version in one transaction, which signs the
 * account out everywhere. Returns the email to sign in with.
 */
export async function resetPassword(
  { token, password }: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const live = await liveAccountLink("reset", token, now);
  if (!live) throw new AppError("not_found", "This link is not valid any more.");
  const passwordHash = await hashPassword(password);
  await resetPasswordWithLink({ tokenHash: live.tokenHash, passwordHash, now });
  await recordAudit(
    selfActor(live.user),
    "user.password.reset",
    { type: "user", id: live.user.id },
    "success",
  );
  return { email: live.user.email };
}

/** What the reset page needs: whether the link still works (unknown, used, expired or superseded: one answer). */
export async function isPasswordResetLinkLive(token: string, now = new Date()): Promise<boolean> {
  return (await liveAccountLink("reset", token, now)) !== null;
}
