import "server-only";
import type { AcceptInvitationInput } from "@/lib/domain/people";
import { hashPassword } from "../auth/password";
import { acceptInvitation } from "../db/invitations";
import { hashToken } from "../db/token-hash";
import { getUser } from "../db/users";
import { recordAudit } from "./audit";

/**
 * The invitee sets their name and password: the link is used once (the db refuses a second use, an expired or
 * a replaced link), the account becomes active, and the acceptance is audited as the invitee's own act.
 * Returns the email so the caller can sign them in with the password they just chose.
 */
export async function acceptInvitationWithToken(
  input: Pick<AcceptInvitationInput, "token" | "name" | "password">,
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const { buildingId, userId } = await acceptInvitation({
    tokenHash: hashToken(input.token),
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
