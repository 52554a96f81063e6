import "server-only";
import { cache } from "react";
import { unauthenticated } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { auth } from "./auth";
import { guestActor } from "./guest-session";
import { sessionUserActor } from "./session-user";
import { bearerToken, tokenActor } from "./token-actor";

/**
 * Who is making this request. The session says who signed in; the user record is read fresh on every
 * request so a disabled account or a changed role takes effect at once, not when the JWT expires.
 * Cached per request (React cache), so a page and its components share one read.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const s = session?.user;
  if (!s?.id || !s.buildingId) return null;
  // guests have no user record: their stay and its current link are checked instead, on every request
  if (s.role === "guest")
    return guestActor({ ...s, checkinLinkId: session?.checkinLinkId, sid: session?.sid });
  return sessionUserActor({
    buildingId: s.buildingId,
    userId: s.id,
    sessionVersion: session?.sessionVersion,
    sid: session?.sid,
  });
});

/**
 * The actor or a 401. With a request (route handlers), an `Authorization: Bearer` header decides alone: a bad
 * token is a 401 even when a session cookie rides along, so a script never silently acts as whoever is signed
 * in to the same browser. Server actions pass no request: they are session-only.
 */
export async function requireActor(request?: Request): Promise<Actor> {
  const bearer = request ? bearerToken(request) : undefined;
  if (bearer !== undefined) return tokenActor(bearer);
  const actor = await currentActor();
  if (!actor) throw unauthenticated();
  return actor;
}
