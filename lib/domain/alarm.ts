import { z } from "zod";
import { actorRefSchema, idSchema, timestampSchema } from "./common";

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

/** Wire payload on `…/events`, alarm type (native contract; the hardware dialects map onto it). */
export const alarmMessageSchema = z.object({
  eventId: z.string().min(1).max(128),
  type: z.literal("alarm"),
  cause: z.enum(DEVICE_ALARM_CAUSES),
  active: z.boolean(),
  value: z.number().finite().optional(),
  ts: timestampSchema,
});
export type AlarmMessage = z.infer<typeof alarmMessageSchema>;

/**
 * One alarm: one record per device and cause while it is open. A repeat while open bumps `lastSeenAt` and
 * `count`; the device reporting normal (`active: false`) or a person clears it.
 */
export const alarmSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  deviceId: idSchema,
  unitId: idSchema.nullable(),
  cause: z.enum(ALARM_CAUSES),
  severity: z.enum(ALARM_SEVERITIES),
  status: z.enum(ALARM_STATUSES),
  startedAt: timestampSchema,
  lastSeenAt: timestampSchema,
  /** how many times the device reported it while open */
  count: z.number().int().min(1),
  value: z.number().nullable(),
  acknowledgedBy: actorRefSchema.nullable(),
  acknowledgedAt: timestampSchema.nullable(),
  acknowledgeNote: z.string().max(500).nullable(),
  clearedBy: actorRefSchema.nullable(),
  clearedAt: timestampSchema.nullable(),
  clearNote: z.string().max(500).nullable(),
  /** set once, by a conditional write, by the one instance that runs the building's rules for it */
  rulesFiredAt: timestampSchema.nullable(),
  /** what the rules did (ticket opened, mission started), for the alarm page */
  ticketId: idSchema.nullable(),
  missionId: idSchema.nullable(),
});
export type Alarm = z.infer<typeof alarmSchema>;

/** `GET /api/v1/alarms` items. */
export const alarmDTOSchema = alarmSchema.omit({ buildingId: true, rulesFiredAt: true });
export type AlarmDTO = z.infer<typeof alarmDTOSchema>;
export const toAlarmDTO = ({ buildingId: _b, rulesFiredAt: _r, ...rest }: Alarm): AlarmDTO => rest;

export const listAlarmsQuerySchema = z.object({
  status: z.enum(ALARM_STATUSES).default("active").describe("Which alarms (default `active`)."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export type ListAlarmsQuery = z.infer<typeof listAlarmsQuerySchema>;
export const alarmIdParamsSchema = z.object({ id: idSchema });
export const alarmNoteInputSchema = z.object({ note: z.string().trim().max(500).optional() });
export type AlarmNoteInput = z.infer<typeof alarmNoteInputSchema>;

/** Sorts open alarms: most severe first, then newest. */
export function byUrgency(a: AlarmDTO, b: AlarmDTO): number {
  return severityRank(a.severity) - severityRank(b.severity) || b.startedAt.localeCompare(a.startedAt);
}
