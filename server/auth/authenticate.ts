import "server-only";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { findUserCredentialsByEmail, upgradePasswordHash } from "../db/users";
import { logger } from "../logger";
import { assertHashCapacity, dummyHash, hashPassword, needsRehash, verifyPassword } from "./password";
import { releaseSignInAttempt, reserveSignInAttempt, signInSucceeded } from "./rate-limit";

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
 * indistinguishable, in answer and in time). The attempt is reserved (rate-limit.ts) before scrypt runs, so
 * parallel guesses cannot overrun the limits; throws rate_limited when it may not run now, unavailable when the
 * server is busy hashing, forbidden for a disabled or not yet activated account (only once the password was
 * right, so it reveals nothing to a guesser). A right password stored at an older scrypt cost is re-hashed.
 */
export async function authenticate(
  email: string,
  password: string,
  client: string,
): Promise<SessionUser | null> {
  assertHashCapacity(); // busy: answer at once, before counting anything
  await reserveSignInAttempt(email, client);
  let ok: boolean;
  const user = await findUserCredentialsByEmail({ email });
  try {
    ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  } catch (e) {
    // no password was checked (busy): the client's point goes back
    if (e instanceof AppError && e.code === "unavailable") await releaseSignInAttempt(client);
    throw e;
  }
  if (!user || !ok) return null;
  if (user.status !== "active") {
    throw new AppError("forbidden", "This account is not active. Ask your building manager.");
  }
  await signInSucceeded(email, client);
  if (user.passwordHash && needsRehash(user.passwordHash))
    await rehash(user.buildingId, user.id, user.passwordHash, password);
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

/** Best effort: a busy server or a password changed meanwhile leaves the old hash, which still verifies. */
async function rehash(buildingId: string, userId: string, from: string, password: string): Promise<void> {
  try {
    await upgradePasswordHash({ buildingId, userId, from, to: await hashPassword(password) });
  } catch (e) {
    logger.warn("password re-hash skipped", { userId, reason: e instanceof Error ? e.message : String(e) });
  }
}
