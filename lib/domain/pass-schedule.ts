import type { PassSchedule, Weekday } from "./pass";
import { addDays, instantAt, todayIn } from "./stay-dates";

/** One span of time a pass opens its doors: [start, end), ISO instants. */
export type PassWindow = { start: string; end: string };

const DAY_OF: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const weekdayOf = (day: string): Weekday => DAY_OF[new Date(`${day}T00:00:00Z`).getUTCDay()] as Weekday;

/**
 * The windows of a schedule that end after `after`, in order, at most `limit` of them. A once or range pass is one
 * window; a weekly pass one per chosen weekday from `from` to `until` (building days), each [startTime, endTime)
 * in building time, so a daylight-saving change moves the instants, not the hours.
 */
export function passWindows(s: PassSchedule, timeZone: string, after: Date, limit = 1): PassWindow[] {
  if (s.kind !== "weekly") {
    return Date.parse(s.until) > after.getTime()
      ? [{ start: new Date(s.from).toISOString(), end: new Date(s.until).toISOString() }]
      : [];
  }
  const out: PassWindow[] = [];
  let day = addDays(todayIn(timeZone, after), -1);
  if (s.from > day) day = s.from;
  for (; day <= s.until && out.length < limit; day = addDays(day, 1)) {
    if (!s.weekdays.includes(weekdayOf(day))) continue;
    const end = instantAt(day, s.endTime, timeZone);
    if (end.getTime() <= after.getTime()) continue;
    out.push({ start: instantAt(day, s.startTime, timeZone).toISOString(), end: end.toISOString() });
  }
  return out;
}

/** The window open at `now`, or null. */
export function passWindowAt(s: PassSchedule, timeZone: string, now: Date): PassWindow | null {
  const [w] = passWindows(s, timeZone, now, 1);
  return w && Date.parse(w.start) <= now.getTime() ? w : null;
}

/** The first window starting after `now`, or null when the schedule has none left. */
export function nextPassWindow(s: PassSchedule, timeZone: string, now: Date): PassWindow | null {
  return passWindows(s, timeZone, now, 2).find((w) => Date.parse(w.start) > now.getTime()) ?? null;
}

/**
 * The door-code id of one window of a pass: the pass id and the window's start, so each window is its own code
 * on the lock (its own PIN slot on keypads that number codes) and the access log finds the pass from either.
 */
export function windowCodeId(passId: string, start: string): string {
  return `${passId}-${start.replace(/[-:]/g, "").slice(0, 13)}`;
}

/** The pass id a window's code id belongs to (the inverse of windowCodeId), or null for another code. */
export function passIdOfCode(codeId: string): string | null {
  const m = /^([0-9A-Za-z_]+)-\d{8}T\d{4}$/.exec(codeId);
  return m ? (m[1] as string) : null;
}
