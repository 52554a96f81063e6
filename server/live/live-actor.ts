import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { auth } from "../auth/auth";
import { guestActor } from "../auth/guest-session";
import { sessionUserActor } from "../auth/session-user";
import { bearerToken, tokenActor } from "../auth/token-actor";
import { listDevices } from "../services/devices/list-devices";

/** What a live stream filters with: who is watching, and the devices they may see (their commands name only those). */
export type LiveView = { actor: Actor; ownDeviceIds: ReadonlySet<string> };

/** The view of an actor now: refused (throws) when they may not read devices at all. */
export async function liveViewOf(actor: Actor): Promise<LiveView> {
  const scope = authorize(actor, "device.read");
  // residents and guests: the devices they may see, so their commands' updates can be recognised
  const ownDeviceIds =
    scope === "building"
      ? new Set<string>()
      : new Set((await listDevices(actor, { limit: 200 })).items.map((d) => d.id));
  return { actor, ownDeviceIds };
}

/** How the credentials that opened the stream are checked again: the token, the account, or the guest's link. */
export type LiveCredentials = {
  bearer?: string;
  checkinLinkId?: string;
  sessionVersion?: number;
  /** the session's own id: signing out of this browser ends its streams too */
  sid?: string;
};

/**
 * Resolves the same credentials again, as a new request would: null once they no longer work (a disabled or
 * removed account, a revoked or expired token or one whose issuer is disabled, a revoked, replaced or expired
 * check-in link, guest check-in or API tokens switched off). A changed role or unit list gives the new view.
 */
export function liveRecheck(first: Actor, creds: LiveCredentials): () => Promise<LiveView | null> {
  return async () => {
    const actor = await again(first, creds).catch(() => null);
    if (!actor || actor.id !== first.id || actor.buildingId !== first.buildingId) return null;
    return liveViewOf(actor).catch(() => null);
  };
}

function again(first: Actor, creds: LiveCredentials): Promise<Actor | null> {
  if (first.kind === "token") return creds.bearer ? tokenActor(creds.bearer) : Promise.resolve(null);
  if (first.kind === "guest") {
    return guestActor({
      buildingId: first.buildingId,
      reservationId: first.reservationId,
      checkinLinkId: creds.checkinLinkId,
      sid: creds.sid,
    });
  }
  return sessionUserActor({
    buildingId: first.buildingId,
    userId: first.id,
    sessionVersion: creds.sessionVersion,
    sid: creds.sid,
  });
}

/** The credentials of the request that opened the stream (the actor was resolved from them just before). */
export async function liveCredentialsOf(request: Request, actor: Actor): Promise<LiveCredentials> {
  if (actor.kind === "token") return { bearer: bearerToken(request) };
  const session = await auth();
  if (actor.kind === "guest") return { checkinLinkId: session?.checkinLinkId, sid: session?.sid };
  // the account's session version: "sign out of all devices" ends the stream too
  return { sessionVersion: session?.sessionVersion, sid: session?.sid };
}
