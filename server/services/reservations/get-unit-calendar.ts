import "server-only";
import ical from "ical-generator";
import type { Night } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { notFound } from "@/lib/errors";
import { findBuilding } from "../../db/buildings";
import { findIcalFeedByTokenHash } from "../../db/ical-feeds";
import { listNights } from "../../db/reservation-queries";
import { hashToken } from "../../db/token-hash";

/** The feed covers a month back (late changes) and a year ahead: what channel managers sync. */
const PAST_DAYS = 31;
const FUTURE_DAYS = 366;
const invalidFeed = () => notFound("Calendar");

/** Consecutive nights of one stay (or of blocks) as [start, end) ranges: one event each. */
export function nightRanges(
  nights: Night[],
): { start: string; end: string; kind: Night["kind"]; reservationId: string | null }[] {
  const out: { start: string; end: string; kind: Night["kind"]; reservationId: string | null }[] = [];
  for (const n of [...nights].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = out[out.length - 1];
    const sameHolder =
      last && last.reservationId === n.reservationId && (last.kind === "block") === (n.kind === "block");
    if (last && sameHolder && last.end === n.date) last.end = addDays(n.date, 1);
    else out.push({ start: n.date, end: addDays(n.date, 1), kind: n.kind, reservationId: n.reservationId });
  }
  return out;
}

/**
 * A unit's held nights as an iCal feed for channel managers, found by the feed secret alone (no session). It
 * says only that nights are taken: no guest names or emails leave through a URL that others hold. Unknown,
 * replaced or mismatched secrets, and buildings with iCal export off, all get the same 404.
 */
export async function getUnitCalendar(unitId: string, token: string, now = new Date()): Promise<string> {
  if (!token) throw invalidFeed();
  const feed = await findIcalFeedByTokenHash({ tokenHash: hashToken(token) });
  if (!feed || feed.unitId !== unitId) throw invalidFeed();
  const building = await findBuilding({ buildingId: feed.buildingId });
  if (!building?.config.features.icalExport) throw invalidFeed();
  const today = todayIn(building.timezone, now);
  const nights = await listNights({
    buildingId: feed.buildingId,
    unitId,
    from: addDays(today, -PAST_DAYS),
    to: addDays(today, FUTURE_DAYS),
  });
  const cal = ical({
    name: `${building.name}: unit calendar`,
    prodId: { company: "BuildingOS", product: "unit-calendar" },
  });
  for (const r of nightRanges(nights)) {
    cal.createEvent({
      id: `${r.reservationId ?? `block-${r.start}`}@${unitId}.buildingos`,
      start: r.start,
      end: r.end,
      allDay: true,
      summary: r.kind === "block" ? "Blocked" : "Reserved",
    });
  }
  return cal.toString();
}
