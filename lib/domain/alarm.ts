import { z } from "zod";
import {
  ALARM_CAUSES,
  ALARM_SEVERITIES,
  ALARM_STATUSES,
  type AlarmCause,
  DEVICE_ALARM_CAUSES,
  SEVERITY_OF,
} from "./alarm-constants";
import { actorRefSchema, idSchema, timestampSchema } from "./common";

// values without schemas live in alarm-constants.ts (client components import them from there)
export * from "./alarm-constants";

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

/** An alarm as a device's first signal of its cause opens it: active, seen once, nobody has acted on it yet. */
export function openedAlarm(o: {
  id: string;
  buildingId: string;
  deviceId: string;
  unitId: string | null;
  cause: AlarmCause;
  at: string;
  value: number | null;
}): Alarm {
  return {
    id: o.id,
    buildingId: o.buildingId,
    deviceId: o.deviceId,
    unitId: o.unitId,
    cause: o.cause,
    severity: SEVERITY_OF[o.cause],
    status: "active",
    startedAt: o.at,
    lastSeenAt: o.at,
    count: 1,
    value: o.value,
    acknowledgedBy: null,
    acknowledgedAt: null,
    acknowledgeNote: null,
    clearedBy: null,
    clearedAt: null,
    clearNote: null,
    rulesFiredAt: null,
    ticketId: null,
    missionId: null,
  };
}

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
