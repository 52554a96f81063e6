import "server-only";
import type { AcceptInvitationInput } from "@/lib/domain/people";
import { AppError } from "@/lib/errors";
import { hashPassword } from "../../auth/password";
import { acceptInvitation, findInvitationByTokenHash } from "../../db/invitations";
import { hashToken } from "../../db/token-hash";
import { getUser } from "../../db/users";
import { recordAudit } from "../audit/audit";

/**
 * The invitee sets their name and password: the link is used once (the db refuses a second use, an expired or
 * a replaced link), the account becomes active, and the acceptance is audited as the invitee's own act.
 * Returns the email so the caller can sign them in with the password they just chose.
 * The token is looked up (one cheap read) before the password is hashed: a made-up token costs no scrypt.
 */
export async function acceptInvitationWithToken(
  input: Pick<AcceptInvitationInput, "token" | "name" | "password">,
  now = new Date(),
): Promise<{ email: string }> {
  const tokenHash = hashToken(input.token);
  if (!(await findInvitationByTokenHash({ tokenHash, now }))) {
    throw new AppError("not_found", "This invitation is not valid any more.");
  }
  const passwordHash = await hashPassword(input.password);
  const { buildingId, userId } = await acceptInvitation({
    tokenHash,
    passwordHash,
    name: input.name,
    now,
  });
  const user = await getUser({ buildingId, userId });
  await recordAudit(
    { kind: "user", id: user.id, role: user.role, buildingId, unitIds: user.unitIds, name: user.name },
    "user.invite.accept",
    { type: "user", id: user.id },
    "success",
  );
  return { email: user.email };
}
