import type { BuildingConfig } from "./building-config";
import type { Reservation } from "./reservation";
import { instantAt, todayIn } from "./stay-dates";
import { arrivalTimeOf, departureTimeOf } from "./stay-time-request";

type B = { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime"> };

/**
 * Where a stay stands on the front desk's day: `late` is an arrival past check-in time not yet checked in, or a
 * departure past check-out time still checked in; `in` is a stay checked in now.
 */
export function stayDayState(
  r: Pick<Reservation, "status" | "checkIn" | "checkOut" | "arrivalTime" | "departureTime">,
  b: B,
  now: Date,
): "in" | "late" | null {
  const today = todayIn(b.timezone, now);
  const t = now.getTime();
  if (r.status === "confirmed" && r.checkIn <= today && r.checkOut > today) {
    return instantAt(r.checkIn, arrivalTimeOf(r, b.config), b.timezone).getTime() < t ? "late" : null;
  }
  if (r.status === "checked_in") {
    if (r.checkOut <= today && instantAt(r.checkOut, departureTimeOf(r, b.config), b.timezone).getTime() < t)
      return "late";
    return "in";
  }
  return null;
}
