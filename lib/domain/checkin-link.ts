import type { Building } from "./building";
import type { Reservation } from "./reservation";
import { instantAt } from "./stay-dates";
import { departureTimeOf } from "./stay-time-request";

/** Stays whose guest link may still be used: a cancelled or finished stay ends it, whatever its expiry. */
const LINK_STATUSES: readonly Reservation["status"][] = ["pending", "confirmed", "checked_in"];

/**
 * A check-in link lasts until the stay ends: its departure time (an approved late check-out's, else the
 * building's check-out time) on the check-out date, plus the same margin the door code gets, so the guest keeps
 * their stay page exactly as long as they can open the door. A stay whose end moves has its link follow
 * (`syncCheckinLinkExpiry`).
 */
export function checkinLinkExpiresAt(
  stay: Pick<Reservation, "checkOut" | "departureTime">,
  building: Pick<Building, "timezone" | "config">,
): string {
  const end = instantAt(stay.checkOut, departureTimeOf(stay, building.config), building.timezone);
  return new Date(end.getTime() + building.config.doorCode.validUntilMarginMinutes * 60_000).toISOString();
}

/** Whether a reservation's link still opens the stay: present, not revoked, not expired, stay still live. */
export function isCheckinLinkUsable(r: Pick<Reservation, "status" | "checkinLink">, now: Date): boolean {
  const link = r.checkinLink;
  return (
    link !== null &&
    !link.revoked &&
    Date.parse(link.expiresAt) > now.getTime() &&
    LINK_STATUSES.includes(r.status)
  );
}
