import type { Building } from "@/lib/domain/building";
import type { CreateReservationInput } from "@/lib/domain/reservation";
import { daysBetween } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { AppError, type FieldErrors } from "@/lib/errors";

/**
 * The building's booking rules, checked on the server whatever the form allowed. Every broken rule is named by
 * the field it concerns (422 `fields`), so a client can show each next to its input. Pure: the caller loads the
 * unit and building and passes "today" in the building's time zone.
 */
export function bookingRuleErrors(
  input: Pick<CreateReservationInput, "checkIn" | "checkOut" | "guestCount">,
  unit: Unit,
  building: Building,
  today: string,
): FieldErrors {
  const cfg = building.config;
  const fields: FieldErrors = {};
  const add = (field: string, message: string) => {
    fields[field] = [...(fields[field] ?? []), message];
  };
  if (!cfg.features.shortStays) add("unitId", "Short stays are switched off for this building.");
  if (!unit.rentable) add("unitId", `Unit ${unit.number} is not let as short stays.`);
  else if (unit.nightlyRateMinor == null) add("unitId", `Unit ${unit.number} has no nightly rate yet.`);
  if (unit.status !== "active") add("unitId", `Unit ${unit.number} is ${unit.status} and cannot be booked.`);
  if (input.checkIn < today) add("checkIn", `Check-in cannot be in the past (today is ${today}).`);
  const nights = daysBetween(input.checkIn, input.checkOut);
  if (nights < cfg.minNights) add("checkOut", `A stay is at least ${cfg.minNights} night(s).`);
  if (nights > cfg.maxNights) add("checkOut", `A stay is at most ${cfg.maxNights} nights.`);
  const maxGuests = Math.min(unit.capacity, cfg.maxGuestsPerUnit);
  if (input.guestCount > maxGuests)
    add("guestCount", `At most ${maxGuests} guest(s) in unit ${unit.number}.`);
  return fields;
}

export function assertBookingRules(...args: Parameters<typeof bookingRuleErrors>): void {
  const fields = bookingRuleErrors(...args);
  const names = Object.keys(fields);
  if (names.length === 0) return;
  throw new AppError("validation", `Check ${names.join(", ")}: ${fields[names[0]]?.[0]}`, { fields });
}
