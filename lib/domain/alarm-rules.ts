import { z } from "zod";
import { ALARM_CAUSES, type AlarmCause } from "./alarm";
import { DEFAULT_THRESHOLDS, thresholdSettingsSchema } from "./alarm-thresholds";
import { emailSchema, idSchema } from "./common";

/**
 * Who a rule tells: nobody, staff (and managers), the unit (staff, the unit's residents and its current guest),
 * or the whole building (everyone signed up, and guests in house).
 */
export const RULE_AUDIENCES = ["none", "staff", "unit", "building"] as const;
export type RuleAudience = (typeof RULE_AUDIENCES)[number];

export const alarmRuleSchema = z.object({
  notify: z.enum(RULE_AUDIENCES),
  /** open an urgent ticket for the unit (or the common area) */
  ticket: z.boolean(),
  /** start a director mission (its steps wait for approval as `approvals` says) */
  mission: z.boolean(),
  /** command the shut-off valve named for the place (`alarms.shutOff`) */
  shutOff: z.boolean().optional(),
  /** email the building's escalation contact (`alarms.escalation`) */
  escalate: z.boolean().optional(),
  /** a lock offline while a stay is in house: give its guest the building's backup access (`alarms.backupAccess`) */
  backupAccess: z.boolean().optional(),
});
export type AlarmRule = z.infer<typeof alarmRuleSchema>;

/**
 * The valve a leak closes, most specific first: the one for the alarm's unit, else its floor, else the
 * building's (`unitId` and `floor` both null).
 */
export const shutOffValveSchema = z
  .object({
    deviceId: idSchema,
    unitId: idSchema.nullable(),
    floor: z.number().int().min(-5).max(300).nullable(),
  })
  .strict();
export type ShutOffValve = z.infer<typeof shutOffValveSchema>;
export const shutOffSettingsSchema = z
  .object({
    valves: z.array(shutOffValveSchema).max(500),
    /** the valve step of the leak's mission waits for staff approval (off: it closes at once) */
    requireApproval: z.boolean(),
  })
  .strict();
export type ShutOffSettings = z.infer<typeof shutOffSettingsSchema>;

/** Who hears of smoke and CO outside the building's people (a monitoring company, the owner): by email. */
export const escalationContactSchema = z.object({ email: emailSchema.nullable() }).strict();

/**
 * What a guest gets when their door's lock goes offline during the stay: a code on a backup lock (a key box
 * with a keypad) valid until the stay's code would end, and/or written instructions. Neither: nothing is sent.
 */
export const backupAccessSchema = z
  .object({
    deviceId: idSchema.nullable(),
    instructions: z.string().trim().max(1000),
  })
  .strict();
export type BackupAccess = z.infer<typeof backupAccessSchema>;

/** The building's `alarms` settings section. */
export const alarmSettingsCore = z.object({
  /** a device offline longer than this raises an `offline` alarm */
  offlineAfterMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
  /** a `battery` state below this raises `battery_low` */
  batteryLowPercent: z.number().int().min(1).max(90),
  /** telemetry readings are kept this long (DynamoDB TTL) */
  telemetryRetentionDays: z.number().int().min(1).max(400),
  /** per cause; a cause left out follows DEFAULT_ALARM_SETTINGS */
  rules: z.partialRecord(z.enum(ALARM_CAUSES), alarmRuleSchema),
  /** temperature and humidity ranges (per building, per device) and their hysteresis */
  thresholds: thresholdSettingsSchema,
  shutOff: shutOffSettingsSchema,
  escalation: escalationContactSchema,
  backupAccess: backupAccessSchema,
});
export type AlarmSettings = z.infer<typeof alarmSettingsCore>;

const rule = (
  notify: RuleAudience,
  ticket = false,
  mission = false,
  acts: Pick<AlarmRule, "shutOff" | "escalate" | "backupAccess"> = {},
): AlarmRule => ({ notify, ticket, mission, ...acts });

/** Shipped with every building (the demo included): a leak acts on the unit, smoke and CO reach everyone. */
export const DEFAULT_ALARM_RULES: Record<AlarmCause, AlarmRule> = {
  leak: rule("unit", true, true, { shutOff: true }),
  smoke: rule("building", false, false, { escalate: true }),
  co: rule("building", false, false, { escalate: true }),
  door_forced: rule("staff", true),
  door_held: rule("staff"),
  temperature: rule("staff"),
  battery_low: rule("staff"),
  tamper: rule("staff"),
  offline: rule("staff", false, false, { backupAccess: true }),
  humidity: rule("staff"),
};
export const DEFAULT_ALARM_SETTINGS: AlarmSettings = {
  offlineAfterMinutes: 30,
  batteryLowPercent: 20,
  telemetryRetentionDays: 30,
  rules: DEFAULT_ALARM_RULES,
  thresholds: DEFAULT_THRESHOLDS,
  shutOff: { valves: [], requireApproval: false },
  escalation: { email: null },
  backupAccess: { deviceId: null, instructions: "" },
};

/** A section of `alarms` as stored, or its default (buildings saved before the section existed). */
export function alarmSetting<K extends keyof AlarmSettings>(
  settings: Partial<AlarmSettings> | undefined,
  key: K,
): AlarmSettings[K] {
  return settings?.[key] ?? DEFAULT_ALARM_SETTINGS[key];
}

/** The valve for a leak at this place, most specific first; null when the building names none. */
export function valveFor(
  shutOff: ShutOffSettings,
  place: { unitId: string | null; floor: number | null },
): ShutOffValve | null {
  const v = shutOff.valves;
  return (
    (place.unitId ? v.find((x) => x.unitId === place.unitId) : undefined) ??
    (place.floor !== null ? v.find((x) => x.unitId === null && x.floor === place.floor) : undefined) ??
    v.find((x) => x.unitId === null && x.floor === null) ??
    null
  );
}

/** The rule for a cause: the building's, or the shipped default. */
export function ruleFor(settings: Partial<AlarmSettings> | undefined, cause: AlarmCause): AlarmRule {
  return settings?.rules?.[cause] ?? DEFAULT_ALARM_RULES[cause];
}
