import { TZDate } from "@date-fns/tz";
import * as chrono from "chrono-node";

/**
 * When a request asks for something to happen ("let the plumber in at 3", "tomorrow morning", "on Friday at 9",
 * "a las 15:00", "amanhã às 9"), read in the building's time zone. chrono-node finds the words and the wall-clock
 * fields; the instant is built from those fields with the zone's own rules (DST included), never the server's.
 * An hour without am/pm below 8 is read as the afternoon (nobody lets a plumber in at 3 at night), a day without
 * an hour is read as 09:00 (or the part of day named), and a time already past today means the next one.
 */
export type RequestTime = { at: string; text: string };

const PART_OF_DAY: [RegExp, number][] = [
  [/(morning|mañana por la mañana|por la mañana|de manhã|pela manhã)/i, 9],
  [/(afternoon|por la tarde|à tarde|de tarde)/i, 15],
  [/(evening|tonight|por la noche|à noite|de noite)/i, 19],
];
const NOW = /^(now|right now|ahora|agora|today|hoy|hoje)$/i;

export function parseRequestTime(
  text: string,
  { timeZone, now = new Date() }: { timeZone: string; now?: Date },
): RequestTime | null {
  const offset = -new TZDate(now.getTime(), timeZone).getTimezoneOffset();
  const ref = { instant: now, timezone: offset };
  const options = { forwardDate: true };
  const found =
    chrono.parse(text, ref, options)[0] ??
    chrono.es.parse(text, ref, options)[0] ??
    chrono.pt.parse(text, ref, options)[0];
  if (!found || NOW.test(found.text.trim())) return null;
  const s = found.start;
  let hour = s.get("hour") ?? 9;
  let minute = s.get("minute") ?? 0;
  if (!s.isCertain("hour")) {
    hour = PART_OF_DAY.find(([re]) => re.test(text))?.[1] ?? 9;
    minute = 0;
  } else if (!s.isCertain("meridiem") && hour >= 1 && hour < 8) {
    hour += 12;
  }
  const year = s.get("year") ?? 0;
  const month = (s.get("month") ?? 1) - 1;
  const day = s.get("day") ?? 1;
  let at = new TZDate(year, month, day, hour, minute, timeZone).getTime();
  const dayFixed = s.isCertain("day") || s.isCertain("weekday");
  const DAY = 86_400_000;
  // chrono moved an early-morning hour to tomorrow; as an afternoon hour it may still be today
  if (!dayFixed && at - DAY > now.getTime()) at -= DAY;
  if (at <= now.getTime()) {
    if (dayFixed) return null; // a past day and hour: nothing to schedule
    at += DAY;
  }
  return { at: new Date(at).toISOString(), text: found.text.slice(0, 60) };
}
