import type { BuildingConfig } from "./building-config";
import type { Reservation } from "./reservation";

/**
 * The one rule for a guest and the doors: may this stay's guest have its door PIN (stay page, concierge, API),
 * unlock the door, and have a code installed on the locks at all? Under the default (`after_checkin`) only once
 * check-in is complete (details, ID documents and house rules done: status `checked_in`); with `on_confirmation`
 * already while the stay is confirmed. Never for pending, cancelled or checked-out stays, and never once the
 * stay's code is being revoked (a leaked link). Where the building has `requireIdApproval`, not before staff
 * approved the guest's ID (the code is issued on approval). The time window is checked by each path on top of this.
 */
export function guestMayUseDoor(
  r: Pick<Reservation, "status" | "doorAccess" | "idReview">,
  config: { doorCode: Pick<BuildingConfig["doorCode"], "guestAccess"> & { requireIdApproval?: boolean } },
): boolean {
  if (r.doorAccess?.revokeDueAt) return false;
  if (config.doorCode.requireIdApproval && r.idReview?.status !== "approved") return false;
  if (r.status === "checked_in") return true;
  return r.status === "confirmed" && config.doorCode.guestAccess === "on_confirmation";
}
