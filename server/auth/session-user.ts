import "server-only";
import type { JWT } from "@auth/core/jwt";
import type { Actor } from "@/lib/roles";
import { readShell } from "../db/shell-reads";
import { recordSignOut } from "../db/user-sessions";
import { shellMemo } from "./shell-memo";

/** The account's session version at sign-in, carried from authenticate() through the JWT to the session. */
declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
    /** this session's own id, set at sign-in: signing out records it, and a JWT carrying it no longer counts */
    sid?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sessionVersion?: number;
    sid?: string;
  }
}

/**
 * The actor behind a signed-in person's session, read fresh from their user record: null when the account is
 * gone, disabled or not yet accepted, so a manager's change takes effect on the very next request; null too when
 * the session was signed in before the account's last session bump (sign out everywhere, a password reset or
 * change, an email change), so those revoke every JWT issued before them; null too when this very session
 * signed out (its `sid` is recorded), whatever cookie still carries its JWT. A session without a version (issued
 * before versions existed) counts as 0, like an account that never bumped.
 */
export async function sessionUserActor({
  buildingId,
  userId,
  sessionVersion = 0,
  sid,
}: {
  buildingId: string;
  userId: string;
  sessionVersion?: number;
  sid?: string;
}): Promise<Actor | null> {
  // one BatchGetItem: the user, whether this session signed out, and what the shell shows (the building, the
  // unread count) for the request to reuse
  const read = await readShell({ buildingId, userId, sid }).catch(() => null);
  const found = read?.session;
  if (!read || read.signedOut) return null;
  if (found?.user.status !== "active" || found.sessionVersion !== sessionVersion) return null;
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

/** How long a session lasts after its last request (Auth.js re-issues the JWT on each one). */
export const SESSION_HOURS = 12;

/**
 * Auth.js's sign-out event, with the JWT being cleared: records its session id, so that JWT stops working even
 * where a cookie still carries it (a request in flight that wrote it back, a copy). Users and guests alike;
 * a JWT without an id (signed in before ids existed) has nothing to record.
 */
export async function endSignedOutSession(token: JWT | null | undefined, now = new Date()): Promise<boolean> {
  if (!token?.sid || !token.uid || !token.buildingId) return false;
  await recordSignOut({
    buildingId: token.buildingId,
    userId: token.uid,
    sid: token.sid,
    // when the JWT would have expired by itself; 12 hours on if it does not say
    expiresAt: token.exp ?? Math.floor(now.getTime() / 1000) + SESSION_HOURS * 3600,
  });
  return true;
}
