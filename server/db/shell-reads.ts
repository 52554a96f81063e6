import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import type { User, UserRecord } from "@/lib/domain/user";
import { buildingFromRecord } from "./buildings";
import { unreadOf } from "./home-summaries";
import { batchGetByKey } from "./item";
import { keys } from "./keys";

export type ShellReads = {
  session: { user: User; sessionVersion: number } | null;
  building: Building | null;
  /** null when the person's counter was never built (then it is counted once) */
  unread: number | null;
  /** this session signed out (its id is recorded): the JWT no longer counts, whatever cookie carried it */
  signedOut: boolean;
};

/**
 * What every signed-in page needs before anything else, in ONE BatchGetItem (issue 19): the user (fresh, so a
 * disabled account or a session bump takes effect at once: the read is strongly consistent), the building and the
 * person's unread counter.
 */
export async function readShell({
  buildingId,
  userId,
  sid,
}: {
  buildingId: string;
  userId: string;
  /** the session's id, when its JWT carries one (sessions signed in before ids existed do not) */
  sid?: string;
}): Promise<ShellReads> {
  const [userItem, buildingItem, unreadItem, signedOutItem] = await batchGetByKey<Record<string, unknown>>(
    [
      keys.user(buildingId, userId),
      keys.building(buildingId),
      keys.unreadCount(buildingId, userId),
      ...(sid ? [keys.signedOutSession(buildingId, userId, sid)] : []),
    ],
    true,
  );
  let session: ShellReads["session"] = null;
  if (userItem) {
    const { passwordHash: _h, sessionVersion, ...user } = userItem as UserRecord;
    session = { user, sessionVersion: sessionVersion ?? 0 };
  }
  return {
    session,
    building: buildingFromRecord(buildingItem as Building | undefined),
    unread: unreadOf(unreadItem),
    signedOut: signedOutItem !== undefined,
  };
}

export type GuestShellReads = {
  reservation: Reservation | null;
  building: Building | null;
  /** null when the guest's counter was never built (then it is counted once) */
  unread: number | null;
  /** this session signed out (as for `readShell`) */
  signedOut: boolean;
};

/**
 * A guest's first read, in ONE BatchGetItem like `readShell`: the stay the session names (fresh: a revoked link,
 * a cancellation or the stay's end signs the guest out at once), the building (its guest check-in switch, and the
 * page's header and config) and the guest's unread counter.
 */
export async function readGuestShell({
  buildingId,
  reservationId,
  guestId,
  sid,
}: {
  buildingId: string;
  reservationId: string;
  guestId: string;
  sid?: string;
}): Promise<GuestShellReads> {
  const [reservationItem, buildingItem, unreadItem, signedOutItem] = await batchGetByKey<
    Record<string, unknown>
  >(
    [
      keys.reservation(buildingId, reservationId),
      keys.building(buildingId),
      keys.unreadCount(buildingId, guestId),
      ...(sid ? [keys.signedOutSession(buildingId, guestId, sid)] : []),
    ],
    true,
  );
  return {
    reservation: (reservationItem as Reservation | undefined) ?? null,
    building: buildingFromRecord(buildingItem as Building | undefined),
    unread: unreadOf(unreadItem),
    signedOut: signedOutItem !== undefined,
  };
}
