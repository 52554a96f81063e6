import "server-only";
import ICAL from "ical.js";
import { type Channel, type ChannelEvent, channelEventKind } from "@/lib/domain/channel-feed";
import { addDays, daysBetween, todayIn } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";

/** A feed holds at most this many events: a busy unit's two years, with room to spare. */
export const MAX_FEED_EVENTS = 2000;
/** One event longer than this is not a stay (and would not fit one transaction). */
export const MAX_EVENT_NIGHTS = 90;

const invalid = (message: string) => new AppError("validation", message);

/** A DATE is a calendar date; a DATE-TIME is read as the date it falls on in the building's zone. */
function dateOf(t: ICAL.Time, timeZone: string): string {
  return t.isDate ? t.toString().slice(0, 10) : todayIn(timeZone, t.toJSDate());
}

const URL_IN_TEXT = /https?:\/\/[^\s"<>]+/;

/**
 * The events of a channel's iCal export (ical.js unfolds CRLF-folded lines and unescapes text). Cancelled events
 * are left out (they are then "removed"); an event without UID or start is skipped; events are keyed by UID, the
 * last one winning, as channels re-list a booking under the same UID.
 */
export function parseChannelFeed(text: string, channel: Channel, timeZone: string): ChannelEvent[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw invalid("The feed is not an iCalendar file.");
  }
  if (root.name !== "vcalendar") throw invalid("The feed is not an iCalendar file.");
  const vevents = root.getAllSubcomponents("vevent");
  if (vevents.length > MAX_FEED_EVENTS) throw invalid(`The feed holds more than ${MAX_FEED_EVENTS} events.`);
  const byUid = new Map<string, ChannelEvent>();
  for (const vevent of vevents) {
    if (String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") continue;
    const uid = String(vevent.getFirstPropertyValue("uid") ?? "").trim();
    const event = new ICAL.Event(vevent);
    if (!uid || uid.length > 1024 || !event.startDate) continue;
    const checkIn = dateOf(event.startDate, timeZone);
    const end = event.endDate ? dateOf(event.endDate, timeZone) : checkIn;
    const checkOut = end > checkIn ? end : addDays(checkIn, 1);
    const span = daysBetween(checkIn, checkOut);
    if (Number.isNaN(span) || span > MAX_EVENT_NIGHTS) continue;
    const summary = String(event.summary ?? "").slice(0, 200);
    const description = String(event.description ?? "");
    byUid.set(uid, {
      uid,
      summary,
      checkIn,
      checkOut,
      kind: channelEventKind(channel, summary),
      reservationUrl: description.match(URL_IN_TEXT)?.[0]?.slice(0, 500) ?? null,
    });
  }
  return [...byUid.values()];
}
