import type { Building } from "@/lib/domain/building";
import type { Reservation, ReservationStatus } from "@/lib/domain/reservation";
import { addDays, instantAt, nightsOf } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { reservationItems } from "@/server/db/reservations";
import { hashToken } from "@/server/db/token-hash";
import { demoToken, type Rng } from "../seed-data/random";
import { checkinLink, checkinProgress } from "../seed-data/records";
import { personName } from "./building";

/** Share of a unit's stays that lie ahead of today; the rest are history. */
const FUTURE_SHARE = 0.2;
/** Mean days from one check-in to the next: a stay of 1–6 nights (3.5) then 0–6 free nights (3). */
const MEAN_CYCLE = 6.5;

function statusOf(r: Rng, checkIn: string, checkOut: string, today: string): ReservationStatus {
  if (r.chance(0.05)) return "cancelled";
  if (checkOut < today) return "checked_out";
  if (checkIn < today) return "checked_in";
  if (checkIn === today) return r.chance(0.3) ? "checked_in" : "confirmed";
  return r.chance(0.1) ? "pending" : "confirmed";
}

/**
 * `total` stays spread over the units, back to back per unit (never overlapping, some adjacent), from about two
 * years ago to a few months ahead, each unit starting at a different offset so that every day has arrivals and
 * departures. Yields the items `createReservation` (then the status changes) would have left in the table.
 */
export function* scaleStayItems(opts: {
  building: Building;
  units: Unit[];
  total: number;
  today: string;
  now: Date;
  r: Rng;
}): Generator<Record<string, unknown>> {
  const { building, units, total, today, now, r } = opts;
  const tz = building.timezone;
  const rentable = units.filter((u) => u.rentable);
  const pool = rentable.length ? rentable : units;
  let n = 0;
  for (const [k, unit] of pool.entries()) {
    const count = Math.floor(total / pool.length) + (k < total % pool.length ? 1 : 0);
    const pastDays = Math.round(count * (1 - FUTURE_SHARE) * MEAN_CYCLE);
    let day = addDays(today, -pastDays - r.int(0, 6));
    for (let s = 0; s < count; s++, n++) {
      const checkIn = addDays(day, r.int(0, 6));
      const checkOut = addDays(checkIn, r.int(1, 6));
      day = checkOut;
      const status = statusOf(r, checkIn, checkOut, today);
      const bookedOn = [addDays(checkIn, -r.int(1, 60)), addDays(today, -1)].sort()[0];
      const createdAt = instantAt(bookedOn, "10:00", tz).toISOString();
      const id = r.ulid(createdAt);
      const updatedAt = lastChange(status, { checkIn, checkOut, createdAt, now, building });
      const done = status === "checked_in" || status === "checked_out";
      const source = r.chance(0.1) ? "ical" : r.chance(0.05) ? "api" : "portal";
      const reservation: Reservation = {
        id,
        buildingId: building.id,
        unitId: unit.id,
        bookedBy: source === "portal" ? (r.chance(0.7) ? unit.residentIds[0] : "usr_scale_manager") : source,
        guest: { name: personName(n + 7), email: `guest${n}@guest.example` },
        guestCount: 1 + (n % Math.min(4, unit.capacity)),
        checkIn,
        checkOut,
        bufferNights: building.config.cleaningBufferNights,
        status,
        checkinLink:
          status === "checked_out"
            ? null
            : checkinLink(hashToken(demoToken(`checkin ${building.id} ${id}`)), checkOut, tz, createdAt),
        checkinProgress: checkinProgress(done, createdAt),
        doorAccess: null,
        price: {
          amountMinor: (unit.nightlyRateMinor ?? 15_000) * nightsOf(checkIn, checkOut).length,
          currency: building.currency,
        },
        source,
        createdAt,
        updatedAt,
        cancelledAt: status === "cancelled" ? createdAt : null,
      };
      const { reservation: item, link, nights } = reservationItems(reservation);
      yield item;
      if (link) yield link;
      yield* nights;
    }
  }
}

/** When the stay last changed: check-in or check-out time for stays under way or done, else when it was booked. */
function lastChange(
  status: ReservationStatus,
  s: { checkIn: string; checkOut: string; createdAt: string; now: Date; building: Building },
): string {
  const { checkInTime, checkOutTime } = s.building.config;
  const at =
    status === "checked_out"
      ? instantAt(s.checkOut, checkOutTime, s.building.timezone)
      : status === "checked_in"
        ? instantAt(s.checkIn, checkInTime, s.building.timezone)
        : new Date(s.createdAt);
  const clamped = Math.max(Date.parse(s.createdAt), Math.min(at.getTime(), s.now.getTime() - 60_000));
  return new Date(clamped).toISOString();
}
