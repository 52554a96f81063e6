import "server-only";
import type { User } from "next-auth";
import { isCheckinLinkUsable } from "@/lib/domain/checkin-link";
import type { Reservation } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { readGuestShell } from "../db/shell-reads";
import { linkIdOf } from "../db/token-hash";
import { resolveCheckinToken } from "../services/checkin/resolve-checkin-token";
import { shellMemo } from "./shell-memo";

/**
 * Guest sessions: opening `/checkin/{token}` signs the browser in with the `checkin` credentials provider,
 * as a guest limited to that one stay. There is no user record: the session names the reservation and the
 * link it was opened with, and every request checks that link again (guestActor), so revoking or re-issuing
 * the link, cancelling the stay or reaching its end signs the guest out at once, not when the JWT expires.
 */
declare module "next-auth" {
  interface User {
    checkinLinkId?: string;
  }
  interface Session {
    /** guests only: the public id of the link the session was opened with */
    checkinLinkId?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    checkinLinkId?: string;
  }
}

/** A guest's actor id: stable per stay, never a user id (guests have no account). */
export const guestIdOf = (reservationId: string) => `guest_${reservationId}`;

/** The `checkin` provider's authorize: the token's stay as a session user, or null (one answer for all). */
export async function authorizeCheckinToken(token: unknown, now = new Date()): Promise<User | null> {
  if (typeof token !== "string") return null;
  const found = await resolveCheckinToken(token, now).catch(() => null);
  if (!found) return null;
  const r = found.reservation;
  return {
    id: guestIdOf(r.id),
    name: r.guest.name,
    email: r.guest.email,
    role: "guest",
    buildingId: r.buildingId,
    unitIds: [r.unitId],
    reservationId: r.id,
    checkinLinkId: found.linkId,
  };
}

export const toGuestActor = (r: Reservation): Actor => ({
  kind: "guest",
  id: guestIdOf(r.id),
  role: "guest",
  buildingId: r.buildingId,
  unitIds: [r.unitId],
  reservationId: r.id,
  name: r.guest.name,
  email: r.guest.email,
  // the language given when the stay was booked (i18n/request.ts ranks it after the language switcher)
  locale: r.guestLocale ?? null,
});

/**
 * The guest behind a session, re-checked against the stay's current link on every request; else null. Guest
 * check-in switched off for the building ends open guest sessions too, not only new sign-ins. One BatchGetItem
 * (the stay, the building, the guest's unread counter: server/db/shell-reads.ts), kept for the request so the
 * page does not read them again (issue 19).
 */
export async function guestActor(
  s: { buildingId: string; reservationId?: string; checkinLinkId?: string; sid?: string },
  now = new Date(),
): Promise<Actor | null> {
  if (!s.reservationId || !s.checkinLinkId) return null;
  const guestId = guestIdOf(s.reservationId);
  const read = await readGuestShell({
    buildingId: s.buildingId,
    reservationId: s.reservationId,
    guestId,
    sid: s.sid,
  }).catch(() => null);
  if (!read || read.signedOut) return null;
  const r = read.reservation;
  if (!r?.checkinLink || !isCheckinLinkUsable(r, now)) return null;
  if (!read.building?.config.features.guestCheckin) return null;
  if (linkIdOf(r.checkinLink.tokenHash) !== s.checkinLinkId) return null;
  const memo = shellMemo();
  memo.buildings.set(read.building.id, read.building);
  memo.guestStays.set(`${r.buildingId} ${r.id}`, r);
  if (read.unread !== null) memo.unread.set(`${r.buildingId} ${guestId}`, read.unread);
  return toGuestActor(r);
}
