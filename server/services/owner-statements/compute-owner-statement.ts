import "server-only";
import {
  DEFAULT_OWNER_STATEMENT_SETTINGS,
  daysInMonth,
  type OwnerStatement,
  type OwnerStatementSettings,
  ownerStatementOf,
} from "@/lib/domain/owner-statement";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { findOwnerStatementSettings } from "../../db/owner-statement-settings";
import type { Page } from "../../db/query";
import { listReservationsByUnit } from "../../db/reservation-queries";

/** The building's statement settings, or the defaults while none are stored. */
export async function statementSettingsOf(buildingId: string): Promise<OwnerStatementSettings> {
  const stored = await findOwnerStatementSettings({ buildingId });
  if (!stored) return DEFAULT_OWNER_STATEMENT_SETTINGS;
  const { buildingId: _b, updatedAt: _u, updatedBy: _by, ...settings } = stored;
  return settings;
}

/**
 * One unit's statement for a month, from its stays read now (never stored, never stale): the JSON of
 * `GET /api/v1/owner-statements` and the PDF are both made by this one function, so they cannot disagree.
 */
export async function computeOwnerStatement(
  unit: Unit,
  period: string,
  currency: string,
  settings: OwnerStatementSettings,
): Promise<OwnerStatement> {
  const first = `${period}-01`;
  // the next month's first day as the upper bound: the index sorts `checkIn#id`, so a bound of the last day
  // itself would leave out stays that check in on it
  const next = addDays(first, daysInMonth(period));
  const stays = await staysOverlapping(unit.buildingId, unit.id, first, next);
  return ownerStatementOf(unit, period, currency, stays, settings);
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
