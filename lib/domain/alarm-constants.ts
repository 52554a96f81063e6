import type { AlarmDTO } from "./alarm";

/**
 * Alarm causes, severities, statuses and their order: values without schemas. Client components import them
 * from here, so zod stays out of their bundles; alarm.ts re-exports them for server code.
 */

/** Causes a device reports on `…/events` (`type: "alarm"`). */
export const DEVICE_ALARM_CAUSES = [
  "leak",
  "smoke",
  "co",
  "door_forced",
  "door_held",
  "temperature",
  "battery_low",
  "tamper",
] as const;
/** `offline` comes from the sweeper, `humidity` (and `temperature`) from readings beyond the building's ranges. */
export const ALARM_CAUSES = [...DEVICE_ALARM_CAUSES, "offline", "humidity"] as const;
export type AlarmCause = (typeof ALARM_CAUSES)[number];

export const ALARM_SEVERITIES = ["critical", "major", "minor", "warning"] as const;
export type AlarmSeverity = (typeof ALARM_SEVERITIES)[number];

/** active → acknowledged → cleared; a cleared alarm is never reopened (a new occurrence is a new alarm). */
export const ALARM_STATUSES = ["active", "acknowledged", "cleared"] as const;
export type AlarmStatus = (typeof ALARM_STATUSES)[number];

/** How bad each cause is, before any building setting. Order of the list = order of urgency. */
export const SEVERITY_OF: Record<AlarmCause, AlarmSeverity> = {
  leak: "critical",
  smoke: "critical",
  co: "critical",
  door_forced: "major",
  temperature: "major",
  tamper: "major",
  offline: "major",
  door_held: "minor",
  humidity: "minor",
  battery_low: "warning",
};
export const severityRank = (s: AlarmSeverity) => ALARM_SEVERITIES.indexOf(s);

/** Sorts open alarms: most severe first, then newest. */
export function byUrgency(a: AlarmDTO, b: AlarmDTO): number {
  return severityRank(a.severity) - severityRank(b.severity) || b.startedAt.localeCompare(a.startedAt);
}
