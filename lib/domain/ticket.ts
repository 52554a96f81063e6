import { z } from "zod";
import { actorRefSchema, idSchema, timestampSchema } from "./common";
import { MAX_TICKET_PHOTOS, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "./ticket-constants";

// values without schemas live in ticket-constants.ts (client components import them from there)
export * from "./ticket-constants";

export const ticketSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  /** null: a common area (lobby, garage…) */
  unitId: idSchema.nullable(),
  openedBy: actorRefSchema,
  /** set when the director agent opened it */
  missionId: idSchema.nullable(),
  /** set when a guest opened it during a stay */
  reservationId: idSchema.nullable(),
  title: z.string().trim().min(3).max(140),
  description: z.string().trim().max(5000),
  /** where exactly ("kitchen sink", "garage level -1"); optional because tickets stored before it lack it */
  location: z.string().trim().max(200).nullable().optional(),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  status: z.enum(TICKET_STATUSES),
  assigneeId: idSchema.nullable(),
  /** S3 object keys, verified after upload */
  photoKeys: z.array(z.string().max(1024)).max(MAX_TICKET_PHOTOS),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  resolvedAt: timestampSchema.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const TICKET_EVENT_KINDS = [
  "created",
  "comment",
  "status_changed",
  "assigned",
  "priority_changed",
  "photo_added",
  "category_changed",
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** One line of a ticket's history: who did what, when. */
export const ticketEventSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  buildingId: idSchema,
  kind: z.enum(TICKET_EVENT_KINDS),
  actor: actorRefSchema,
  comment: z.string().max(5000).nullable(),
  /** previous and new value for status/assignee/priority changes */
  from: z.string().nullable(),
  to: z.string().nullable(),
  at: timestampSchema,
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/** `POST /api/v1/tickets` (SPEC). */
export const createTicketInputSchema = z.object({
  title: ticketSchema.shape.title,
  description: ticketSchema.shape.description,
  category: ticketSchema.shape.category,
  priority: ticketSchema.shape.priority.default("normal"),
  unitId: idSchema.nullable().optional(),
  location: z.string().trim().max(200).optional(),
  photoKeys: ticketSchema.shape.photoKeys.default([]),
});
export type CreateTicketInput = z.infer<typeof createTicketInputSchema>;

/** Staff and managers: change status, priority, assignee. */
export const updateTicketInputSchema = z
  .object({
    status: ticketSchema.shape.status,
    priority: ticketSchema.shape.priority,
    assigneeId: ticketSchema.shape.assigneeId,
    category: ticketSchema.shape.category,
    /** why the status changes; required for some moves (see `reasonRequired`), recorded in the history */
    reason: z.string().trim().min(1).max(1000),
  })
  .partial();
export type UpdateTicketInput = z.infer<typeof updateTicketInputSchema>;

export const ticketCommentInputSchema = z.object({ comment: z.string().trim().min(1).max(5000) });
export type TicketCommentInput = z.infer<typeof ticketCommentInputSchema>;

/** Adding photos to an existing ticket: keys returned by `POST /api/v1/uploads`, verified before they attach. */
export const ticketPhotosInputSchema = z.object({
  photoKeys: z.array(z.string().max(1024)).min(1).max(MAX_TICKET_PHOTOS),
});
export type TicketPhotosInput = z.infer<typeof ticketPhotosInputSchema>;
