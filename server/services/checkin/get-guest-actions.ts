import "server-only";
import { doorCodeWindow } from "@/lib/domain/door-window";
import { guestMayUseDoor } from "@/lib/domain/guest-door-access";
import type { Reservation } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../building/get-building";
import { guestDoorsOf } from "../devices/guest-doors";
import { requireGuestStay } from "./checkin-stay";

/** Why the guest may not unlock from the page now, or null when they may. */
export type UnlockBlocked = "not_allowed" | "before_stay" | "after_stay" | "checkin_incomplete";

export type GuestActions = {
  doors: { id: string; name: string; online: boolean; shared: boolean }[];
  unlock: { blocked: UnlockBlocked | null; validFrom: string; validUntil: string };
  /** the building takes maintenance reports (the guest may report a problem in the unit) */
  mayReport: boolean;
  /** the stay is checked in: the guest may check out from the page */
  mayCheckOut: boolean;
};

/**
 * What the guest's own page lets them do beyond check-in (issue 17, item 7), decided by the same rules the
 * operations enforce: unlock the stay's doors during the stay where the building allows it (`guestMayUseDoor`,
 * the code's window, `deviceControl` and `doorCode.guestAppUnlock`), report a problem, check out.
 */
export async function getGuestActions(
  actor: Actor,
  now = new Date(),
  /** the stay as the page's request already read it (`requestGuestStay`) */
  known?: Reservation,
): Promise<GuestActions> {
  const [r, building] = await Promise.all([requireGuestStay(actor, known), getBuilding(actor)]);
  const c = building.config;
  const appUnlock = c.features.deviceControl && c.doorCode.guestAppUnlock;
  const doors = appUnlock ? await guestDoorsOf(r) : [];
  const w = r.doorAccess ?? doorCodeWindow(r, building);
  const at = now.toISOString();
  const blocked: UnlockBlocked | null = !appUnlock
    ? "not_allowed"
    : r.status === "checked_out"
      ? "after_stay"
      : !guestMayUseDoor(r, c)
        ? "checkin_incomplete"
        : at < w.validFrom
          ? "before_stay"
          : at > w.validUntil
            ? "after_stay"
            : null;
  return {
    doors: doors.map((d) => ({ id: d.id, name: d.name, online: d.online, shared: d.unitId !== r.unitId })),
    unlock: { blocked, validFrom: w.validFrom, validUntil: w.validUntil },
    mayReport: c.features.maintenance,
    mayCheckOut: r.status === "checked_in",
  };
}
