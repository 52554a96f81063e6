import { z } from "zod";
import { emailSchema, idSchema, isoDateSchema, timeOfDaySchema, timestampSchema } from "./common";
import {
  MAX_PASS_DAYS,
  PASS_HOLDER_KINDS,
  PASS_REVOKE_REASONS,
  PASS_STATUSES,
  WEEKDAYS,
} from "./pass-constants";

// values without schemas live in pass-constants.ts (client components import them from there)
export * from "./pass-constants";

const DAY_MS = 86_400_000;

export const passScheduleSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("once"), from: timestampSchema, until: timestampSchema })
    .refine((s) => Date.parse(s.until) > Date.parse(s.from), {
      path: ["until"],
      message: "Must be after from",
    })
    .refine((s) => Date.parse(s.until) - Date.parse(s.from) <= DAY_MS, {
      path: ["until"],
      message: "A single visit lasts at most a day; use a range",
    }),
  z
    .object({ kind: z.literal("range"), from: timestampSchema, until: timestampSchema })
    .refine((s) => Date.parse(s.until) > Date.parse(s.from), {
      path: ["until"],
      message: "Must be after from",
    })
    .refine((s) => Date.parse(s.until) - Date.parse(s.from) <= MAX_PASS_DAYS * DAY_MS, {
      path: ["until"],
      message: "A pass lasts at most a year",
    }),
  z
    .object({
      kind: z.literal("weekly"),
      /** first and last day (building time, inclusive) */
      from: isoDateSchema,
      until: isoDateSchema,
      weekdays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
      /** building time; the window is [startTime, endTime) of each chosen weekday */
      startTime: timeOfDaySchema,
      endTime: timeOfDaySchema,
    })
    .refine((s) => s.until >= s.from, { path: ["until"], message: "Must not be before from" })
    .refine((s) => Date.parse(s.until) - Date.parse(s.from) <= MAX_PASS_DAYS * DAY_MS, {
      path: ["until"],
      message: "A pass lasts at most a year",
    })
    .refine((s) => s.endTime > s.startTime, { path: ["endTime"], message: "Must be after the start time" }),
]);
export type PassSchedule = z.infer<typeof passScheduleSchema>;

export const passHolderSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: emailSchema.optional(),
  kind: z.enum(PASS_HOLDER_KINDS),
});

export const createPassInputSchema = z
  .object({
    holder: passHolderSchema,
    doorGroupIds: z.array(idSchema).max(20).default([]),
    deviceIds: z.array(idSchema).max(20).default([]),
    schedule: passScheduleSchema,
    /** a vendor's pass for a ticket: it ends when the ticket is resolved or closed */
    ticketId: idSchema.optional(),
    /** `link` (default): a public page shows the PIN; `email`: also sent to `holder.email` */
    delivery: z.enum(["link", "email"]).default("link"),
  })
  .refine((p) => p.doorGroupIds.length + p.deviceIds.length > 0, {
    path: ["doorGroupIds"],
    message: "Choose at least one door group or door",
  })
  .refine((p) => p.delivery !== "email" || !!p.holder.email, {
    path: ["holder", "email"],
    message: "An email delivery needs the holder's email",
  });
export type CreatePassInput = z.input<typeof createPassInputSchema>;

export const decidePassInputSchema = z.object({ approve: z.boolean() });

/** The window currently on the locks: its own code id (one per window), the same PIN. */
export const passGrantSchema = z.object({
  codeId: idSchema,
  validFrom: timestampSchema,
  validUntil: timestampSchema,
  deviceIds: z.array(idSchema),
});
export type PassGrant = z.infer<typeof passGrantSchema>;

export const passSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  issuedBy: z.object({ id: idSchema, name: z.string(), role: z.enum(["resident", "staff", "manager"]) }),
  holder: passHolderSchema,
  doorGroupIds: z.array(idSchema),
  deviceIds: z.array(idSchema),
  /** the locks the pass opens, resolved when issued (the groups' locks and the named ones) */
  lockIds: z.array(idSchema),
  schedule: passScheduleSchema,
  ticketId: idSchema.nullable(),
  delivery: z.enum(["link", "email"]),
  pin: z.string().regex(/^\d{4,10}$/),
  /** SHA-256 of the public link's token; the link itself is shown once, when issued */
  linkHash: z.string(),
  status: z.enum(PASS_STATUSES),
  current: passGrantSchema.nullable(),
  /** when the sweeper must next act (a window starts or ends); null when nothing is left to do */
  dueAt: timestampSchema.nullable(),
  decidedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  revokedAt: timestampSchema.nullable(),
  revokeReason: z.enum(PASS_REVOKE_REASONS).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Pass = z.infer<typeof passSchema>;

/** What the issuer and staff see: everything but the link's hash. The PIN is theirs to pass on. */
export const passDtoSchema = passSchema.omit({ linkHash: true, buildingId: true });
export type PassDTO = z.infer<typeof passDtoSchema>;
export const toPassDTO = ({ linkHash: _h, buildingId: _b, ...rest }: Pass): PassDTO => rest;

/** The public page's view (whoever holds the link): the holder's name, the PIN while the pass can open, when. */
export const publicPassSchema = z.object({
  holderName: z.string(),
  buildingName: z.string(),
  status: z.enum(PASS_STATUSES),
  pin: z.string().nullable(),
  schedule: passScheduleSchema,
  timeZone: z.string(),
  doors: z.array(z.string()),
});
export type PublicPass = z.infer<typeof publicPassSchema>;

export const passIdParamsSchema = z.object({ id: idSchema });
export const passListQuerySchema = z.object({
  status: z.enum(PASS_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
