import type { BuildingConfig } from "./building-config";
import type { Reservation } from "./reservation";
import { instantAt, todayIn } from "./stay-dates";
import { arrivalTimeOf, departureTimeOf } from "./stay-time-request";

type B = { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime"> };

type DayStay = Pick<Reservation, "status" | "checkIn" | "checkOut" | "arrivalTime" | "departureTime">;

/**
 * Where a stay stands on the front desk's day: `late` is an arrival past check-in time not yet checked in, or a
 * departure past check-out time still checked in; `in` is a stay checked in now.
 */
export function stayDayState(r: DayStay, b: B, now: Date): "in" | "late" | null {
  return stayDayStates(b, now)(r);
}

/**
 * `stayDayState` for many stays at one instant: the building's day is worked out once and each wall-clock
 * instant (a date and a time in the zone) once, not per stay. The staff home classifies every checked-in stay
 * of the building on each view, and a zone's date or offset costs tens of microseconds each time (issue 19).
 */
export function stayDayStates(b: B, now: Date): (r: DayStay) => "in" | "late" | null {
  const today = todayIn(b.timezone, now);
  const t = now.getTime();
  const instants = new Map<string, number>();
  const passed = (date: string, time: string) => {
    const k = `${date}T${time}`;
    let at = instants.get(k);
    if (at === undefined) {
      at = instantAt(date, time, b.timezone).getTime();
      instants.set(k, at);
    }
    return at < t;
  };
  return (r) => {
    if (r.status === "confirmed" && r.checkIn <= today && r.checkOut > today) {
      return passed(r.checkIn, arrivalTimeOf(r, b.config)) ? "late" : null;
    }
    if (r.status === "checked_in") {
      if (r.checkOut <= today && passed(r.checkOut, departureTimeOf(r, b.config))) return "late";
      return "in";
    }
    return null;
  };
}
