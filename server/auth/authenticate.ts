import "server-only";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { getUserCredentialsByEmail } from "../db/users";
import { dummyHash, verifyPassword } from "./password";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "./rate-limit";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  buildingId: string;
  unitIds: string[];
  sessionVersion?: number;
};

/**
 * Checks an email and password. Returns the session user, or null for a wrong email or password (the two are
 * indistinguishable, in answer and in time). Throws rate_limited after too many failures, forbidden for a
 * disabled or not yet activated account (only once the password was right, so it reveals nothing to a guesser).
 */
export async function authenticate(
  email: string,
  password: string,
  client: string,
): Promise<SessionUser | null> {
  await assertSignInAllowed(email, client);
  const user = await getUserCredentialsByEmail({ email });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok) {
    await recordSignInFailure(email, client);
    return null;
  }
  if (user.status !== "active") {
    throw new AppError("forbidden", "This account is not active. Ask your building manager.");
  }
  await clearSignInFailures(email);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    buildingId: user.buildingId,
    unitIds: user.unitIds ?? [],
    sessionVersion: user.sessionVersion ?? 0,
  };
}
