import { TZDate } from "@date-fns/tz";

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Done in UTC on purpose: a stay date is a label in the building's
 * time zone, not an instant, so adding a day must never be shifted by the server's zone or a DST change.
 */
const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** The nights of a stay: every date in [checkIn, checkOut). */
export function nightsOf(checkIn: string, checkOut: string): string[] {
  const n = daysBetween(checkIn, checkOut);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(checkIn, i));
}

/** Two stays overlap when each starts before the other ends (adjacent stays [a,b) and [b,c) do not). */
export function staysOverlap(
  a: { checkIn: string; checkOut: string },
  b: { checkIn: string; checkOut: string },
) {
  return a.checkIn < b.checkOut && b.checkIn < a.checkOut;
}

/** Today's date in a time zone, e.g. for "today's arrivals" in the building's zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayFormat(timeZone).format(now);
}

/**
 * One formatter per zone for the life of the process: building an Intl.DateTimeFormat costs ~0.1 ms, formatting
 * with one a few microseconds, and the staff home asks every in-house stay's day state (issue 19).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, f);
  }
  return f;
}

/** The instant a wall-clock time (`HH:MM`) happens on a stay date in the building's zone, DST included. */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

/** The first and last instant (ISO) of a date in a time zone: a day of the building, as filters and charts mean it. */
export function dayBounds(date: string, timeZone: string): { from: string; to: string } {
  return {
    from: instantAt(date, "00:00", timeZone).toISOString(),
    to: new Date(instantAt(addDays(date, 1), "00:00", timeZone).getTime() - 1).toISOString(),
  };
}
