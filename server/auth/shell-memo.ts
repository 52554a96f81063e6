import "server-only";
import { cache } from "react";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";

/**
 * What the request's first read (server/db/shell-reads.ts, one BatchGetItem with the user) already brought: the
 * building and the unread count, so the shell and the page do not read them again (issue 19). One object per
 * request (React cache); outside a render (route handlers) each call gives a fresh, empty one and the callers
 * simply read.
 */
export const shellMemo = cache(() => ({
  buildings: new Map<string, Building>(),
  /** `${buildingId} ${userId}` → unread notices */
  unread: new Map<string, number>(),
  /**
   * `${buildingId} ${reservationId}` → the stay a guest's session was checked against. Only for reads that ask
   * for it by name (`requestGuestStay`): a write in the same request (a server action, if React's cache is on
   * there) must not be answered by this copy, so the check-in services read the stay themselves unless given it.
   */
  guestStays: new Map<string, Reservation>(),
}));
