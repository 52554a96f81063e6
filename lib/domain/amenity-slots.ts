import type { Amenity } from "./amenity";
import { MAX_SLOTS_PER_BOOKING } from "./amenity";
import { addDays, instantAt, todayIn } from "./stay-dates";

type SlotShape = Pick<Amenity, "slotMinutes" | "openFrom" | "openUntil">;
export type SlotRefusal =
  | "off_grid"
  | "closed"
  | "too_long"
  | "in_the_past"
  | "too_far_ahead"
  | "weekly_limit";

/** The slot start instants (ISO) of an amenity on a building-local day: openFrom, +slot, … while a whole slot fits. */
export function slotStartsOn(a: SlotShape, day: string, timeZone: string): string[] {
  const open = instantAt(day, a.openFrom, timeZone).getTime();
  const close = instantAt(day, a.openUntil, timeZone).getTime();
  const step = a.slotMinutes * 60_000;
  const out: string[] = [];
  for (let t = open; t + step <= close; t += step) out.push(new Date(t).toISOString());
  return out;
}

/** The building-local Monday of a day's week (`YYYY-MM-DD`): the key of the weekly limit. */
export function weekOf(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + 6) % 7));
}

/**
 * The slots a requested [startsAt, endsAt) covers, or why it cannot be booked: it must start and end on the
 * amenity's slot grid of one building-local day, inside opening hours, hold at most MAX_SLOTS_PER_BOOKING slots,
 * end after `now` and start within `maxAdvanceDays`.
 */
export function slotsOfBooking(
  a: SlotShape & Pick<Amenity, "maxAdvanceDays">,
  req: { startsAt: string; endsAt: string },
  timeZone: string,
  now: Date = new Date(),
): { ok: true; day: string; week: string; slots: string[] } | { ok: false; reason: SlotRefusal } {
  const start = Date.parse(req.startsAt);
  const end = Date.parse(req.endsAt);
  const day = todayIn(timeZone, new Date(start));
  const grid = slotStartsOn(a, day, timeZone);
  const first = grid.findIndex((s) => Date.parse(s) === start);
  if (first < 0) {
    const open = instantAt(day, a.openFrom, timeZone).getTime();
    const close = instantAt(day, a.openUntil, timeZone).getTime();
    return { ok: false, reason: start < open || start >= close ? "closed" : "off_grid" };
  }
  const step = a.slotMinutes * 60_000;
  const count = (end - start) / step;
  if (!Number.isInteger(count) || count < 1) return { ok: false, reason: "off_grid" };
  if (first + count > grid.length) return { ok: false, reason: "closed" };
  if (count > MAX_SLOTS_PER_BOOKING) return { ok: false, reason: "too_long" };
  if (end <= now.getTime()) return { ok: false, reason: "in_the_past" };
  const lastDay = addDays(todayIn(timeZone, now), a.maxAdvanceDays);
  if (day > lastDay) return { ok: false, reason: "too_far_ahead" };
  return { ok: true, day, week: weekOf(day), slots: grid.slice(first, first + count) };
}
