import type { Ticket } from "./ticket";

/**
 * Ticket values without schemas: categories, priorities, statuses, due times and the allowed moves. Client
 * components import them from here, so zod (ticket.ts builds its schemas from these) stays out of their
 * bundles; ticket.ts re-exports everything, so server code imports from either.
 */

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
