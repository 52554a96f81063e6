import { z } from "zod";
import { ALARM_CAUSES, type AlarmCause } from "./alarm";

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
});
export type AlarmRule = z.infer<typeof alarmRuleSchema>;

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
});
export type AlarmSettings = z.infer<typeof alarmSettingsCore>;

const rule = (notify: RuleAudience, ticket = false, mission = false): AlarmRule => ({
  notify,
  ticket,
  mission,
});

/** Shipped with every building (the demo included): a leak acts on the unit, smoke and CO reach everyone. */
export const DEFAULT_ALARM_RULES: Record<AlarmCause, AlarmRule> = {
  leak: rule("unit", true, true),
  smoke: rule("building"),
  co: rule("building"),
  door_forced: rule("staff", true),
  door_held: rule("staff"),
  temperature: rule("staff"),
  battery_low: rule("staff"),
  tamper: rule("staff"),
  offline: rule("staff"),
};
export const DEFAULT_ALARM_SETTINGS: AlarmSettings = {
  offlineAfterMinutes: 30,
  batteryLowPercent: 20,
  telemetryRetentionDays: 30,
  rules: DEFAULT_ALARM_RULES,
};

/** The rule for a cause: the building's, or the shipped default. */
export function ruleFor(settings: Partial<AlarmSettings> | undefined, cause: AlarmCause): AlarmRule {
  return settings?.rules?.[cause] ?? DEFAULT_ALARM_RULES[cause];
}
