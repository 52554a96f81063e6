import { z } from "zod";
import { alarmSettingsCore, DEFAULT_ALARM_SETTINGS } from "./alarm-rules";
import {
  GUEST_DOOR_ACCESS,
  GUEST_REGISTRATION_COUNTRIES,
  PERSONA_TONES,
  SES_ESTABLISHMENT_CODE,
  SES_PAYMENT_TYPES,
  TURNOVER_TIMINGS,
} from "./building-config-constants";
import { timeOfDaySchema } from "./common";

// values without schemas live in building-config-constants.ts (client components import them from there)
export * from "./building-config-constants";

/**
 * A building's settings. Each section has a "core" schema (no defaults), used as-is for PATCH bodies
 * (zod 4 applies defaults even inside optional fields, so a patch schema built from defaulted fields would
 * silently reset every omitted setting), and the full `buildingConfigSchema` which fills defaults.
 */
const quietHoursCore = z.object({ start: timeOfDaySchema, end: timeOfDaySchema });
const doorCodeCore = z.object({
  length: z.number().int().min(4).max(10),
  /** the code starts working this long before check-in time */
  validFromMarginMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** …and stops working this long after check-out time */
  validUntilMarginMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  guestAccess: z.enum(GUEST_DOOR_ACCESS),
  /** the guest's code waits until staff approve their ID documents (issued on approval) (issue 17) */
  requireIdApproval: z.boolean(),
  /** the guest may also unlock the stay's doors from the stay page during the stay (issue 17, item 7) */
  guestAppUnlock: z.boolean(),
});
const approvalsCore = z.object({
  /** device commands proposed by the agent wait for staff approval */
  deviceCommands: z.boolean(),
  /** unlock commands always need approval when the agent proposes them, even if deviceCommands is off */
  unlocks: z.boolean(),
  ticketCreation: z.boolean(),
  notifications: z.boolean(),
  /** access passes residents issue wait for staff approval before they open any door (issue 18) */
  passes: z.boolean(),
});
const escalationCore = z.object({
  /** topics or keywords that hand the conversation to staff */
  triggers: z.array(z.string().trim().min(1).max(80)).max(50),
  contact: z.string().trim().max(200),
  message: z.string().trim().max(500),
});
const personaCore = z.object({
  name: z.string().trim().min(1).max(60),
  tone: z.enum(PERSONA_TONES),
  languages: z.array(z.string().trim().min(2).max(10)).min(1).max(20),
  greeting: z.string().trim().max(500),
  refuseTopics: z.array(z.string().trim().min(1).max(80)).max(50),
  escalation: escalationCore,
});
const guestRegistrationCore = z.object({
  country: z.enum(GUEST_REGISTRATION_COUNTRIES),
  /**
   * the establishment's code at the authority (SES.Hospedajes `codigoEstablecimiento`): letters and digits, up to
   * 10 characters (it goes into the XML and the export's file name as given)
   */
  establishmentCode: z
    .string()
    .trim()
    .max(10)
    .regex(SES_ESTABLISHMENT_CODE, "Use letters and digits only, up to 10"),
  /** how stays are usually paid when the stay does not say (channel stays are `PLATF`) */
  paymentType: z.enum(SES_PAYMENT_TYPES),
  /** the unit has internet (SES.Hospedajes `internet`) */
  internet: z.boolean(),
});
/**
 * Early check-in and late check-out (issue 17, item 2): whether guests may ask, the fee (minor units of the
 * building's currency) and the earliest arrival / latest departure they may ask for. The host or the front desk
 * approves each request; an approval moves that stay's times only.
 */
const feeMinor = z.number().int().min(0).max(10_000_000);
const earlyCheckInCore = z.object({ enabled: z.boolean(), fee: feeMinor, earliestTime: timeOfDaySchema });
const lateCheckOutCore = z.object({ enabled: z.boolean(), fee: feeMinor, latestTime: timeOfDaySchema });
const stayExtrasCore = z.object({ earlyCheckIn: earlyCheckInCore, lateCheckOut: lateCheckOutCore });
const featuresCore = z.object({
  shortStays: z.boolean(),
  guestCheckin: z.boolean(),
  concierge: z.boolean(),
  maintenance: z.boolean(),
  deviceControl: z.boolean(),
  missions: z.boolean(),
  icalExport: z.boolean(),
  apiTokens: z.boolean(),
  /** staff may post announcements too (managers always may) */
  staffAnnouncements: z.boolean(),
});

export const DEFAULT_BUILDING_CONFIG: BuildingConfig = {
  checkInTime: "15:00",
  checkOutTime: "11:00",
  quietHours: { start: "22:00", end: "07:00" },
  minNights: 1,
  maxNights: 30,
  maxGuestsPerUnit: 4,
  cleaningBufferNights: 0,
  noShowAfterHours: 12,
  doorCode: {
    length: 6,
    validFromMarginMinutes: 60,
    validUntilMarginMinutes: 60,
    guestAccess: "after_checkin",
    requireIdApproval: false,
    guestAppUnlock: true,
  },
  accessLogRetentionDays: 90,
  turnoverTiming: "after_departure",
  guestRegistration: { country: "none", establishmentCode: "", paymentType: "OTRO", internet: false },
  stayExtras: {
    earlyCheckIn: { enabled: false, fee: 0, earliestTime: "12:00" },
    lateCheckOut: { enabled: false, fee: 0, latestTime: "14:00" },
  },
  approvals: {
    deviceCommands: true,
    unlocks: true,
    ticketCreation: false,
    notifications: false,
    passes: false,
  },
  guestDataRetentionDays: 30,
  turnoverChecklist: [
    "Strip and make the beds",
    "Clean the bathroom",
    "Kitchen and dishes",
    "Empty the bins",
    "Restock towels and toiletries",
    "Check for damage or missing items",
  ],
  persona: {
    name: "Ada",
    tone: "friendly",
    languages: ["en"],
    greeting: "Hello! I am the building's concierge. How can I help?",
    refuseTopics: ["legal advice", "medical advice", "other residents' personal data"],
    escalation: {
      triggers: ["emergency", "fire", "flood", "gas", "injury"],
      contact: "the front desk",
      message: "I am passing this to the staff right away.",
    },
  },
  features: {
    shortStays: true,
    guestCheckin: true,
    concierge: true,
    maintenance: true,
    deviceControl: true,
    missions: true,
    icalExport: true,
    apiTokens: true,
    staffAnnouncements: false,
  },
  alarms: DEFAULT_ALARM_SETTINGS,
};

const buildingConfigCore = z.object({
  checkInTime: timeOfDaySchema,
  checkOutTime: timeOfDaySchema,
  quietHours: quietHoursCore,
  minNights: z.number().int().min(1).max(365),
  maxNights: z.number().int().min(1).max(90),
  maxGuestsPerUnit: z.number().int().min(1).max(50),
  cleaningBufferNights: z.number().int().min(0).max(7),
  /** a confirmed stay not checked in this many hours after check-in time is a no-show (issue 17) */
  noShowAfterHours: z.number().int().min(1).max(72),
  doorCode: doorCodeCore,
  accessLogRetentionDays: z.number().int().min(1).max(3650),
  /** the guest's ID files and personal details are deleted this many days after check-out (issue 17) */
  guestDataRetentionDays: z.number().int().min(1).max(3650),
  /** the cleaning checklist of every turnover (issue 17), one line each */
  turnoverChecklist: z.array(z.string().trim().min(1).max(80)).max(30),
  turnoverTiming: z.enum(TURNOVER_TIMINGS),
  guestRegistration: guestRegistrationCore,
  stayExtras: stayExtrasCore,
  approvals: approvalsCore,
  persona: personaCore,
  features: featuresCore,
  alarms: alarmSettingsCore,
});

const D = DEFAULT_BUILDING_CONFIG;
/** Section default merged with what was given; cloned so no caller can mutate the shared defaults. */
const withDefaults =
  <T extends object>(d: T) =>
  (v: Partial<T>): T =>
    ({ ...structuredClone(d), ...definedOnly(v as Record<string, unknown>) }) as T;

/** Full config; every missing field (at any depth) takes its default. */
export const buildingConfigSchema = z
  .object({
    checkInTime: timeOfDaySchema.default(D.checkInTime),
    checkOutTime: timeOfDaySchema.default(D.checkOutTime),
    quietHours: quietHoursCore.partial().transform(withDefaults(D.quietHours)).prefault({}),
    minNights: buildingConfigCore.shape.minNights.default(D.minNights),
    maxNights: buildingConfigCore.shape.maxNights.default(D.maxNights),
    maxGuestsPerUnit: buildingConfigCore.shape.maxGuestsPerUnit.default(D.maxGuestsPerUnit),
    cleaningBufferNights: buildingConfigCore.shape.cleaningBufferNights.default(D.cleaningBufferNights),
    noShowAfterHours: buildingConfigCore.shape.noShowAfterHours.default(D.noShowAfterHours),
    doorCode: doorCodeCore.partial().transform(withDefaults(D.doorCode)).prefault({}),
    accessLogRetentionDays: buildingConfigCore.shape.accessLogRetentionDays.default(D.accessLogRetentionDays),
    guestDataRetentionDays: buildingConfigCore.shape.guestDataRetentionDays.default(D.guestDataRetentionDays),
    turnoverChecklist: buildingConfigCore.shape.turnoverChecklist.default(() => [...D.turnoverChecklist]),
    turnoverTiming: buildingConfigCore.shape.turnoverTiming.default(D.turnoverTiming),
    guestRegistration: guestRegistrationCore
      .partial()
      .transform(withDefaults(D.guestRegistration))
      .prefault({}),
    stayExtras: z
      .object({
        earlyCheckIn: earlyCheckInCore
          .partial()
          .transform(withDefaults(D.stayExtras.earlyCheckIn))
          .prefault({}),
        lateCheckOut: lateCheckOutCore
          .partial()
          .transform(withDefaults(D.stayExtras.lateCheckOut))
          .prefault({}),
      })
      .prefault({}),
    approvals: approvalsCore.partial().transform(withDefaults(D.approvals)).prefault({}),
    persona: personaCore.partial().transform(withDefaults(D.persona)).prefault({}),
    features: featuresCore.partial().transform(withDefaults(D.features)).prefault({}),
    alarms: alarmSettingsCore.partial().transform(withDefaults(D.alarms)).prefault({}),
  })
  .refine((c) => c.minNights <= c.maxNights, { path: ["maxNights"], message: "Must be at least minNights" })
  // the SES.Hospedajes file cannot be made without the code, so registering for Spain needs one
  .refine((c) => c.guestRegistration.country !== "ES" || c.guestRegistration.establishmentCode !== "", {
    path: ["guestRegistration", "establishmentCode"],
    message: "Registering guests for Spain needs the establishment code",
  });
export type BuildingConfig = z.infer<typeof buildingConfigCore>;
/** The config as every reader gets it (all fields present): the response shape the API documents. */
export const buildingConfigResponseSchema = buildingConfigCore;

/** PATCH body: any subset, sections partial one level down. Merge with `mergeBuildingConfig`, then re-parse. */
export const buildingConfigPatchSchema = z
  .object({
    ...buildingConfigCore.shape,
    quietHours: quietHoursCore.partial(),
    doorCode: doorCodeCore.partial(),
    guestRegistration: guestRegistrationCore.partial(),
    // each of early check-in and late check-out is given whole (the merge is one level deep)
    stayExtras: stayExtrasCore.partial(),
    approvals: approvalsCore.partial(),
    persona: personaCore.partial(),
    features: featuresCore.partial(),
    alarms: alarmSettingsCore.partial(),
  })
  .partial()
  .strict();
export type BuildingConfigPatch = z.infer<typeof buildingConfigPatchSchema>;

/** Applies a patch section by section; the caller re-validates the result with buildingConfigSchema. */
export function mergeBuildingConfig(current: BuildingConfig, patch: BuildingConfigPatch): BuildingConfig {
  const out: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const cur = (current as Record<string, unknown>)[k];
    const isSection = typeof v === "object" && v !== null && !Array.isArray(v);
    out[k] = isSection ? { ...(cur as object), ...definedOnly(v as Record<string, unknown>) } : v;
  }
  return out as BuildingConfig;
}

function definedOnly<T extends Record<string, unknown>>(v: T): Partial<T> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Partial<T>;
}
