import ICAL from "ical.js";
import { addDays, daysBetween, nightsOf, todayIn } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";

const invalid = (message: string) => new AppError("validation", message, { fields: { ics: [message] } });
/** An import can hold at most this many nights: a year of one unit, with room to spare. */
export const MAX_IMPORTED_NIGHTS = 800;

/** A DATE is already a calendar date; a DATE-TIME is read as the date it falls on in the building's zone. */
function dateOf(t: ICAL.Time, timeZone: string): string {
  return t.isDate ? t.toString().slice(0, 10) : todayIn(timeZone, t.toJSDate());
}

/**
 * The nights an iCalendar file's events hold, as `YYYY-MM-DD`: each event's [start, end) like a stay, at least
 * one night; cancelled events are left out. Recurring events count their first occurrence only: channel
 * exports list each booking as its own event.
 */
export function parseIcalNights(text: string, timeZone: string): { events: number; nights: string[] } {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw invalid("This is not an iCalendar (.ics) file.");
  }
  if (root.name !== "vcalendar") throw invalid("This is not an iCalendar (.ics) file.");
  const nights = new Set<string>();
  let events = 0;
  for (const vevent of root.getAllSubcomponents("vevent")) {
    if (String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") continue;
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    events++;
    const start = dateOf(event.startDate, timeZone);
    const end = event.endDate ? dateOf(event.endDate, timeZone) : start;
    // The span is checked before its nights are listed: one event of a thousand years would otherwise
    // allocate hundreds of thousands of dates before the cap below is reached.
    const span = daysBetween(start, end);
    if (Number.isNaN(span)) throw invalid("An event has a date outside the years 1000 to 9999.");
    if (span > MAX_IMPORTED_NIGHTS) throw invalid(`The file holds more than ${MAX_IMPORTED_NIGHTS} nights.`);
    for (const n of nightsOf(start, end > start ? end : addDays(start, 1))) nights.add(n);
    if (nights.size > MAX_IMPORTED_NIGHTS)
      throw invalid(`The file holds more than ${MAX_IMPORTED_NIGHTS} nights.`);
  }
  return { events, nights: [...nights].sort() };
}
