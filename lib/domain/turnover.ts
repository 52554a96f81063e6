import { z } from "zod";
import type { BuildingConfig } from "./building-config";
import { idSchema, isoDateSchema, timestampSchema } from "./common";
import { addDays, instantAt } from "./stay-dates";
import { arrivalTimeOf, departureTimeOf } from "./stay-time-request";

/**
 * A turnover (issue 17): the cleaning between a departure and the next arrival. One per stay (its id is the
 * departing stay's id), on the stay's check-out date, with its own door code valid only for the cleaning window,
 * assigned to a staff member or an outside cleaner holding a link, and a checklist from the building's settings.
 */
export const TURNOVER_STATUSES = ["open", "in_progress", "ready", "cancelled"] as const;
export type TurnoverStatus = (typeof TURNOVER_STATUSES)[number];
export const TURNOVER_PROBLEMS = ["damaged", "missing"] as const;

export const checklistItemSchema = z.object({
  item: z.string().min(1).max(80),
  done: z.boolean(),
  photoKeys: z.array(z.string().max(1024)).max(5),
  /** a damaged or missing item opens a ticket */
  problem: z
    .object({ kind: z.enum(TURNOVER_PROBLEMS), note: z.string().max(500), ticketId: idSchema })
    .nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const turnoverAssigneeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("staff"), userId: idSchema, name: z.string().max(120) }),
  z.object({ kind: z.literal("outside"), name: z.string().min(1).max(120) }),
]);
export type TurnoverAssignee = z.infer<typeof turnoverAssigneeSchema>;

export const turnoverSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  /** the departing stay */
  reservationId: idSchema,
  /** the departure (check-out) date; the arrival (check-in) date where the building cleans before arrivals */
  date: isoDateSchema,
  /** the cleaning window: after a departure, check-out time on the date to check-in time after the stay's buffer
   * nights; before an arrival, up to the check-in time on the date */
  validFrom: timestampSchema,
  validUntil: timestampSchema,
  status: z.enum(TURNOVER_STATUSES),
  assignee: turnoverAssigneeSchema.nullable(),
  /** an outside cleaner's link: only the hash of its token is kept */
  link: z.object({ tokenHash: z.string().min(16), expiresAt: timestampSchema }).nullable(),
  checklist: z.array(checklistItemSchema).max(30),
  /** the cleaning code on the unit's locks (the amenity-booking code path) */
  access: z
    .object({
      codeId: idSchema,
      pin: z.string(),
      deviceIds: z.array(idSchema),
      revokedAt: timestampSchema.nullable(),
    })
    .nullable(),
  readyAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Turnover = z.infer<typeof turnoverSchema>;

/** What callers see: no link hash; the PIN only for staff and the cleaner (never in a list for other roles). */
export type TurnoverDTO = Omit<Turnover, "link" | "access"> & {
  link: { expiresAt: string } | null;
  access: { pin: string; validFrom: string; validUntil: string; active: boolean } | null;
  unitNumber?: string;
  guestName?: string;
};
export function toTurnoverDTO(t: Turnover): TurnoverDTO {
  return {
    ...t,
    link: t.link ? { expiresAt: t.link.expiresAt } : null,
    access: t.access
      ? { pin: t.access.pin, validFrom: t.validFrom, validUntil: t.validUntil, active: !t.access.revokedAt }
      : null,
  };
}

/**
 * The cleaning window of a departure: from the building's check-out time on the check-out date to its check-in
 * time after the stay's buffer nights (the earliest the next guest may arrive); at least 2 hours.
 */
export function cleaningWindow(
  r: { checkOut: string; bufferNights: number; departureTime?: string },
  b: { timezone: string; config: Pick<BuildingConfig, "checkInTime" | "checkOutTime"> },
): { validFrom: string; validUntil: string } {
  // a late check-out (the stay's own departure time) starts the cleaning later
  const from = instantAt(r.checkOut, departureTimeOf(r, b.config), b.timezone);
  let until = instantAt(addDays(r.checkOut, r.bufferNights), b.config.checkInTime, b.timezone);
  if (until.getTime() - from.getTime() < 2 * 3_600_000) until = new Date(from.getTime() + 2 * 3_600_000);
  return { validFrom: from.toISOString(), validUntil: until.toISOString() };
}

/**
 * The cleaning window before an arrival (`turnoverTiming: before_arrival`): from the building's check-out time on
 * the day the nights before the arrival were last free of the building's buffer (the check-in date less the
 * building's buffer nights) to its check-in time on the check-in date; at least 2 hours, ending at check-in.
 */
export function arrivalCleaningWindow(
  r: { checkIn: string; arrivalTime?: string },
  b: {
    timezone: string;
    config: Pick<BuildingConfig, "checkInTime" | "checkOutTime" | "cleaningBufferNights">;
  },
): { validFrom: string; validUntil: string } {
  // an early check-in (the stay's own arrival time) ends the cleaning earlier
  const until = instantAt(r.checkIn, arrivalTimeOf(r, b.config), b.timezone);
  let from = instantAt(addDays(r.checkIn, -b.config.cleaningBufferNights), b.config.checkOutTime, b.timezone);
  if (until.getTime() - from.getTime() < 2 * 3_600_000) from = new Date(until.getTime() - 2 * 3_600_000);
  return { validFrom: from.toISOString(), validUntil: until.toISOString() };
}

/** A stay's turnover date and window under the building's timing: its departure, or its arrival. */
export function turnoverSlot(
  r: {
    checkIn: string;
    checkOut: string;
    bufferNights: number;
    arrivalTime?: string;
    departureTime?: string;
  },
  b: {
    timezone: string;
    config: Pick<BuildingConfig, "checkInTime" | "checkOutTime" | "cleaningBufferNights" | "turnoverTiming">;
  },
): { date: string; validFrom: string; validUntil: string } {
  return b.config.turnoverTiming === "before_arrival"
    ? { date: r.checkIn, ...arrivalCleaningWindow(r, b) }
    : { date: r.checkOut, ...cleaningWindow(r, b) };
}

export const turnoversQuerySchema = z.object({
  date: isoDateSchema.describe(
    "The departure date (the arrival date where the building cleans before each arrival).",
  ),
});

const itemPatchSchema = z
  .object({
    index: z.number().int().min(0).max(29),
    done: z.boolean().optional(),
    photoKeys: z.array(z.string().max(1024)).max(5).optional(),
    problem: z
      .object({ kind: z.enum(TURNOVER_PROBLEMS), note: z.string().trim().min(1).max(500) })
      .optional()
      .describe("A damaged or missing item: opens a maintenance ticket for the unit (once per item)."),
  })
  .strict();
/** What an outside cleaner may change through their link: the checklist and the status. */
export const cleanerTurnoverPatchSchema = z
  .object({
    status: z.enum(["in_progress", "ready"]).optional(),
    items: z.array(itemPatchSchema).max(30).optional(),
  })
  .strict();
/** `PATCH /api/v1/turnovers/{id}`: staff also assign (a staff member, or an outside cleaner who gets a link). */
export const updateTurnoverInputSchema = cleanerTurnoverPatchSchema
  .extend({
    assignee: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("staff"), userId: idSchema }),
        z.object({ kind: z.literal("outside"), name: z.string().trim().min(1).max(120) }),
      ])
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Change at least one field" });
export type UpdateTurnoverInput = z.infer<typeof updateTurnoverInputSchema>;
export type CleanerTurnoverPatch = z.infer<typeof cleanerTurnoverPatchSchema>;

/** Response shapes for the OpenAPI document. */
export const turnoverDTOSchema = turnoverSchema.omit({ link: true, access: true }).extend({
  link: z
    .object({ expiresAt: z.string() })
    .nullable()
    .describe("An outside cleaner's link: until when it works."),
  access: z
    .object({ pin: z.string(), validFrom: z.string(), validUntil: z.string(), active: z.boolean() })
    .nullable()
    .describe("The cleaning code (issued at the first assignment, valid only for the window)."),
  unitNumber: z.string().optional(),
  guestName: z.string().optional().describe("The departing guest."),
});
export const turnoverListResponseSchema = z.object({ turnovers: z.array(turnoverDTOSchema) });
export const turnoverResponseSchema = z.object({
  turnover: turnoverDTOSchema,
  cleanerUrl: z
    .url()
    .optional()
    .describe("An outside cleaner's link, shown once when assigned: only its hash is kept."),
});
