import "server-only";
import {
  type Availability,
  type AvailabilityNight,
  nightKindState,
  stayPrice,
} from "@/lib/domain/reservation-api";
import { addDays, nightsOf, todayIn } from "@/lib/domain/stay-dates";
import { notFound } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { listNights } from "../../db/reservation-queries";
import { findUnit } from "../../db/units";

/**
 * A unit's month: every night booked (a stay), buffer (cleaning after a stay), blocked (a manager's block, or
 * the whole month when the unit is not active) or free, read from the NIGHT items that enforce no double
 * booking, so the calendar shows exactly what the database will refuse. With the price and rules for the form.
 */
export async function getUnitAvailability(
  actor: Actor,
  unitId: string,
  month: string,
  now = new Date(),
): Promise<Availability> {
  authorize(actor, "unit.read");
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "unit.read", { buildingId: unit.buildingId, owns: ownsUnit(unit.id) });
  const building = await getBuilding({ buildingId: actor.buildingId });
  const from = `${month}-01`;
  const to = addDays(`${month}-28`, 4).slice(0, 8).concat("01");
  const held = new Map(
    (await listNights({ buildingId: unit.buildingId, unitId: unit.id, from, to })).map((n) => [n.date, n]),
  );
  const today = todayIn(building.timezone, now);
  const lettable = unit.rentable && unit.status === "active" && unit.nightlyRateMinor != null;
  const nights = nightsOf(from, to).map((date): AvailabilityNight => {
    const n = held.get(date);
    const state = n ? nightKindState[n.kind] : unit.status === "active" ? "free" : "blocked";
    // a guest sees that nights are taken, not by which other stay
    const hidden = actor.role === "guest" && n?.reservationId !== actor.reservationId;
    const reservationId = hidden ? null : (n?.reservationId ?? null);
    return { date, state, reservationId, bookable: state === "free" && lettable && date >= today };
  });
  const cfg = building.config;
  return {
    unitId: unit.id,
    month,
    today,
    unit: { number: unit.number, capacity: unit.capacity, rentable: unit.rentable, status: unit.status },
    nightlyRate:
      unit.nightlyRateMinor == null ? null : stayPrice(1, unit.nightlyRateMinor, building.currency),
    rules: {
      minNights: cfg.minNights,
      maxNights: cfg.maxNights,
      maxGuests: Math.min(unit.capacity, cfg.maxGuestsPerUnit),
      bufferNights: cfg.cleaningBufferNights,
    },
    nights,
  };
}
