import type { BuildingConfig } from "./building-config";
import { instantAt } from "./stay-dates";

/**
 * When a stay's door code works: check-in time on the check-in date minus the building's margin, to check-out
 * time on the check-out date plus its margin, in the building's time zone.
 */
export function doorCodeWindow(
  stay: { checkIn: string; checkOut: string },
  building: { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime" | "doorCode"> },
): { validFrom: string; validUntil: string } {
  const c = building.config;
  const from = instantAt(stay.checkIn, c.checkInTime, building.timezone).getTime();
  const until = instantAt(stay.checkOut, c.checkOutTime, building.timezone).getTime();
  return {
    validFrom: new Date(from - c.doorCode.validFromMarginMinutes * 60_000).toISOString(),
    validUntil: new Date(until + c.doorCode.validUntilMarginMinutes * 60_000).toISOString(),
  };
}
