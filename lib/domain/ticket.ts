import { z } from "zod";
import { actorRefSchema, idSchema, timestampSchema } from "./common";

export const TICKET_CATEGORIES = [
  "plumbing",
  "electrical",
  "heating_cooling",
  "appliance",
  "access",
  "cleaning",
  "noise",
  "security",
  "internet",
  "other",
] as const;
export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const TICKET_STATUSES = ["open", "in_progress", "waiting", "resolved", "closed"] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Photos one ticket may hold ("a few taken on a phone"). */
export const MAX_TICKET_PHOTOS = 10;

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

/** Statuses in which work is still owed: the clock runs and a ticket can be overdue. */
export const ACTIVE_TICKET_STATUSES: readonly TicketStatus[] = ["open", "in_progress", "waiting"];

/**
 * Hours from opening until a ticket is due, by priority. The due time is derived (createdAt + this), not stored,
 * so raising a ticket's priority moves its due time at once and the overdue filter needs no second write.
 */
export const TICKET_DUE_HOURS: Record<TicketPriority, number> = { urgent: 4, high: 24, normal: 72, low: 168 };

export const dueAtOf = (t: Pick<Ticket, "createdAt" | "priority">): string =>
  new Date(Date.parse(t.createdAt) + TICKET_DUE_HOURS[t.priority] * 3_600_000).toISOString();

export const isOverdue = (t: Pick<Ticket, "createdAt" | "priority" | "status">, now = new Date()) =>
  ACTIVE_TICKET_STATUSES.includes(t.status) && Date.parse(dueAtOf(t)) < now.getTime();

/**
 * Allowed status moves. The happy path is open → in_progress → waiting → resolved → closed; work may skip
 * ahead (a quick fix goes straight to resolved, a duplicate is closed from open) or step back from waiting;
 * resolved and closed tickets can only be reopened.
 */
export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ["in_progress", "waiting", "resolved", "closed"],
  in_progress: ["waiting", "resolved", "closed"],
  waiting: ["in_progress", "resolved", "closed"],
  resolved: ["closed", "open"],
  closed: ["open"],
};
export const canMoveTicket = (from: TicketStatus, to: TicketStatus) => TICKET_TRANSITIONS[from].includes(to);

/**
 * Moves whose "why" the opener needs to read in the history: what we are waiting for, why a ticket closes
 * without being resolved, why it is reopened. Routine moves (start work, resolve) may go without one.
 */
export const reasonRequired = (from: TicketStatus, to: TicketStatus) =>
  to === "waiting" || to === "open" || (to === "closed" && from !== "resolved");
