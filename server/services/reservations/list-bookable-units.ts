import "server-only";
import type { BookableUnitDTO } from "@/lib/domain/reservation-api";
import type { Actor } from "@/lib/roles";
import { listUnits } from "../units/list-units";
import { getUnitAvailability } from "./get-unit-availability";

/**
 * The units the actor may book a stay in, with each unit's booking rules and nightly rate from its availability,
 * and the building's today. Residents see their rentable units; managers ask for active units with a rate only.
 * A unit whose availability cannot be read is left out.
 */
export async function listBookableUnits(
  actor: Actor,
  opts: { limit: number; activeWithRateOnly: boolean },
): Promise<{ units: BookableUnitDTO[]; today: string }> {
  const units = (await listUnits(actor, { limit: opts.limit })).items.filter(
    (u) => u.rentable && (!opts.activeWithRateOnly || u.status === "active"),
  );
  const month = new Date().toISOString().slice(0, 7);
  const found = await Promise.all(
    units.map((u) => getUnitAvailability(actor, u.id, month).catch(() => null)),
  );
  const bookable = found.flatMap((a) =>
    a && (!opts.activeWithRateOnly || a.nightlyRate)
      ? [
          {
            id: a.unitId,
            number: a.unit.number,
            maxGuests: a.rules.maxGuests,
            minNights: a.rules.minNights,
            maxNights: a.rules.maxNights,
            rate: a.nightlyRate,
          },
        ]
      : [],
  );
  return { units: bookable, today: found.find(Boolean)?.today ?? new Date().toISOString().slice(0, 10) };
}
