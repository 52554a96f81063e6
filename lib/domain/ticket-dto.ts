import { z } from "zod";
import { idSchema, pageQuerySchema } from "./common";
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  ticketEventSchema,
  ticketSchema,
} from "./ticket";

/**
 * What the ticket services return and `/api/v1/tickets` answers. Photos leave only as short-lived signed links
 * (the bucket is private); the due time is derived from the priority (TICKET_DUE_HOURS).
 */
export const ticketPhotoSchema = z.object({
  key: z.string(),
  url: z.string().describe("Signed GET link, valid a few minutes; ask again for a fresh one."),
});

export const ticketDtoSchema = ticketSchema.extend({
  location: z.string().nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
  photos: z.array(ticketPhotoSchema),
});
export type TicketDTO = z.infer<typeof ticketDtoSchema>;

export const ticketListItemSchema = ticketSchema
  .pick({
    id: true,
    unitId: true,
    openedBy: true,
    title: true,
    category: true,
    priority: true,
    status: true,
    assigneeId: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({
    dueAt: z.string(),
    overdue: z.boolean(),
    photoCount: z.number().int(),
    thumbnailUrl: z.string().nullable().describe("Signed link to the first photo, or null."),
  });
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

export const ticketHistoryEntrySchema = ticketEventSchema.omit({ buildingId: true });
export type TicketHistoryEntry = z.infer<typeof ticketHistoryEntrySchema>;

export const ticketDetailSchema = z.object({
  ticket: ticketDtoSchema,
  history: z.array(ticketHistoryEntrySchema).describe("Oldest first: comments, status changes, assignments."),
  /** names of the people the history and assignee refer to, by id, so a client needs no user lookups */
  people: z.record(z.string(), z.string()),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

const flag = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional();

/** `GET /api/v1/tickets`. Staff and managers filter the building's queue; residents and guests their own. */
export const listTicketsQuerySchema = pageQuerySchema.extend({
  status: z.enum(TICKET_STATUSES).optional().describe("One status: the queue's index (one Query per page)."),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  unitId: z
    .union([idSchema, z.literal("common")])
    .optional()
    .describe("A unit id, or `common` for common areas."),
  assigneeId: z
    .union([idSchema, z.literal("unassigned")])
    .optional()
    .describe("A staff member's id, or `unassigned`."),
  overdue: flag.describe("Only tickets past their due time and still open, in progress or waiting."),
  olderThanHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional(),
  sort: z.enum(["newest", "oldest"]).default("newest"),
});
export type ListTicketsQuery = z.infer<typeof listTicketsQuerySchema>;

/** `/api/v1/tickets/{id}` and below. */
export const ticketIdParamsSchema = z.object({ id: idSchema });
