import "server-only";
import {
  DEFAULT_OWNER_STATEMENT_SETTINGS,
  daysInMonth,
  type OwnerStatement,
  ownerStatementOf,
} from "@/lib/domain/owner-statement";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { findOwnerStatementSettings } from "../../db/owner-statement-settings";
import type { Page } from "../../db/query";
import { listReservationsByUnit } from "../../db/reservation-queries";
import { findUnit, listAllUnits } from "../../db/units";

/** A unit's owners read its statements; residents who do not own it do not (they are not paid its takings). */
const ownsAsOwner = (unit: Unit) => (actor: Actor) => unit.ownerIds.includes(actor.id);

/**
 * Owner statements for a month: one per rentable unit (managers), or per unit the caller owns (owners); a
 * `unitId` narrows to that unit, refused when it is not theirs. Computed from the stays of the month each time,
 * so they always agree with the bookings.
 */
export async function listOwnerStatements(
  actor: Actor,
  q: { period: string; unitId?: string },
): Promise<{ items: OwnerStatement[] }> {
  const scope = authorize(actor, "ownerStatement.read");
  const buildingId = actor.buildingId;
  let units: Unit[];
  if (q.unitId) {
    const unit = await findUnit({ buildingId, unitId: q.unitId });
    if (!unit) return { items: [] };
    authorize(actor, "ownerStatement.read", { buildingId, owns: ownsAsOwner(unit) });
    units = [unit];
  } else {
    const all = await listAllUnits({ buildingId });
    units = all.filter((u) => u.rentable && (scope === "building" || u.ownerIds.includes(actor.id)));
  }
  const [building, stored] = await Promise.all([
    getBuilding({ buildingId }),
    findOwnerStatementSettings({ buildingId }),
  ]);
  const settings = stored ?? DEFAULT_OWNER_STATEMENT_SETTINGS;
  const first = `${q.period}-01`;
  // the next month's first day as the upper bound: the index sorts `checkIn#id`, so a bound of the last day
  // itself would leave out stays that check in on it
  const next = addDays(first, daysInMonth(q.period));
  const items = await Promise.all(
    units.map(async (unit) => {
      const stays = await staysOverlapping(buildingId, unit.id, first, next);
      return ownerStatementOf(unit, q.period, building.currency, stays, settings);
    }),
  );
  return { items };
}

/** Every stay of the unit with a night in the month or checking out in it (a few dozen at most). */
async function staysOverlapping(buildingId: string, unitId: string, first: string, next: string) {
  const out: Reservation[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Reservation> = await listReservationsByUnit({
      buildingId,
      unitId,
      from: first,
      to: next,
      cursor,
      limit: 200,
    });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}
