import type { BuildingConfig } from "./building-config";
import { instantAt } from "./stay-dates";
import { arrivalTimeOf, departureTimeOf } from "./stay-time-request";

/**
 * When a stay's door code works: check-in time on the check-in date minus the building's margin, to check-out
 * time on the check-out date plus its margin, in the building's time zone. A stay's own times (an approved early
 * check-in or late check-out) replace the building's.
 */
export function doorCodeWindow(
  stay: { checkIn: string; checkOut: string; arrivalTime?: string; departureTime?: string },
  building: { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime" | "doorCode"> },
): { validFrom: string; validUntil: string } {
  const c = building.config;
  const from = instantAt(stay.checkIn, arrivalTimeOf(stay, c), building.timezone).getTime();
  const until = instantAt(stay.checkOut, departureTimeOf(stay, c), building.timezone).getTime();
  return {
    validFrom: new Date(from - c.doorCode.validFromMarginMinutes * 60_000).toISOString(),
    validUntil: new Date(until + c.doorCode.validUntilMarginMinutes * 60_000).toISOString(),
  };
}
