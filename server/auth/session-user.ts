import "server-only";
import type { Actor } from "@/lib/roles";
import { readShell } from "../db/shell-reads";
import { shellMemo } from "./shell-memo";

/** The account's session version at sign-in, carried from authenticate() through the JWT to the session. */
declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}

/**
 * The actor behind a signed-in person's session, read fresh from their user record: null when the account is
 * gone, disabled or not yet accepted, so a manager's change takes effect on the very next request; null too when
 * the session was signed in before the account's last session bump (sign out everywhere, a password reset or
 * change, an email change), so those revoke every JWT issued before them. A session without a version (issued
 * before versions existed) counts as 0, like an account that never bumped.
 */
export async function sessionUserActor({
  buildingId,
  userId,
  sessionVersion = 0,
}: {
  buildingId: string;
  userId: string;
  sessionVersion?: number;
}): Promise<Actor | null> {
  // one BatchGetItem: the user, and what the shell shows (the building, the unread count) for the request to reuse
  const read = await readShell({ buildingId, userId }).catch(() => null);
  const found = read?.session;
  if (!read || found?.user.status !== "active" || found.sessionVersion !== sessionVersion) return null;
  const { user } = found;
  const memo = shellMemo();
  if (read.building) memo.buildings.set(read.building.id, read.building);
  if (read.unread !== null) memo.unread.set(`${buildingId} ${userId}`, read.unread);
  return {
    kind: "user",
    id: user.id,
    role: user.role,
    buildingId: user.buildingId,
    unitIds: user.unitIds ?? [],
    name: user.name,
    email: user.email,
    locale: user.locale,
  };
}
