import "server-only";
import type { ChangePasswordInput } from "@/lib/domain/account";
import type { Actor } from "@/lib/roles";
import { hashPassword } from "../../auth/password";
import { replacePassword } from "../../db/user-sessions";
import { recordAudit } from "../audit/audit";
import { reauthenticate } from "./reauthenticate";

/**
 * A signed-in person changes their password: the current one first (a wrong one changes nothing), then the new
 * hash and a bumped session version in one write, so every session signed in before ends, this one included
 * (the action signs this browser in again). Returns the account's email for that.
 */
export async function changePassword(
  actor: Actor,
  input: Pick<ChangePasswordInput, "currentPassword" | "password">,
): Promise<{ email: string }> {
  const rec = await reauthenticate(actor, input.currentPassword, "user.password.change");
  const passwordHash = await hashPassword(input.password);
  await replacePassword({
    buildingId: rec.buildingId,
    userId: rec.id,
    verifiedHash: rec.passwordHash ?? "",
    passwordHash,
  });
  await recordAudit(actor, "user.password.change", { type: "user", id: rec.id }, "success");
  return { email: rec.email };
}
