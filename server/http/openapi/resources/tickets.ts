import "server-only";
import { z } from "zod";
import {
  createTicketInputSchema,
  ticketCommentInputSchema,
  ticketPhotosInputSchema,
  updateTicketInputSchema,
} from "@/lib/domain/ticket";
import {
  listTicketsQuerySchema,
  ticketDetailSchema,
  ticketDtoSchema,
  ticketHistoryEntrySchema,
  ticketIdParamsSchema,
  ticketListItemSchema,
} from "@/lib/domain/ticket-dto";
import { defineOperations, pageOf } from "../registry";

const tag = "Tickets";
const ticketResponse = z.object({ ticket: ticketDtoSchema });

/** Tickets (the upload presigning their photos go through is in ./uploads). */
export const ticketOperations = defineOperations({
  listTickets: {
    method: "get",
    path: "/api/v1/tickets",
    tag,
    summary: "Tickets the caller may see, with filters",
    description:
      "Staff, managers and tokens: the building's tickets; `status` reads that status's index, `unitId` the unit's. Residents and guests: the tickets they opened. Every page is one Query: filters other than the index are applied to the page read, so a page may hold fewer than `limit` items and still have a cursor. Sorted by opening time.",
    capability: "ticket.read",
    query: listTicketsQuerySchema,
    responses: { 200: { description: "A page of tickets", schema: pageOf(ticketListItemSchema) } },
  },
  createTicket: {
    method: "post",
    path: "/api/v1/tickets",
    tag,
    summary: "Open a ticket",
    description:
      "Residents for their own units or a common area (`unitId` null or absent); guests for the unit of their stay, during it; staff and managers for any unit. `photoKeys` are keys from `POST /api/v1/uploads`, verified before the ticket is written (a refused one is a 422 naming `photoKeys.N`). The due time follows the priority (urgent 4 h, high 24 h, normal 72 h, low 7 days); an urgent ticket notifies staff.",
    capability: "ticket.create",
    body: createTicketInputSchema,
    responses: { 201: { description: "Opened", schema: ticketResponse } },
  },
  getTicket: {
    method: "get",
    path: "/api/v1/tickets/{id}",
    tag,
    summary: "One ticket with its history and photo links",
    description: "Its opener, staff and managers; for anyone else the ticket is not found.",
    capability: "ticket.read",
    params: ticketIdParamsSchema,
    responses: { 200: { description: "The ticket", schema: ticketDetailSchema } },
  },
  updateTicket: {
    method: "patch",
    path: "/api/v1/tickets/{id}",
    tag,
    summary: "Assign, move status, change priority or category",
    description:
      "Staff and managers. Status moves: open → in_progress | waiting | resolved | closed; in_progress → waiting | resolved | closed; waiting → in_progress | resolved | closed; resolved → closed | open; closed → open. A `reason` is required to move to waiting, to reopen, and to close an unresolved ticket. The assignee must be an active staff member or manager of the building. Each change is a history event; the opener is notified of status changes in the app and by email. 409 when the status changed meanwhile.",
    capability: "ticket.manage",
    params: ticketIdParamsSchema,
    body: updateTicketInputSchema,
    responses: { 200: { description: "The ticket after the change", schema: ticketResponse } },
    errors: [409],
  },
  commentOnTicket: {
    method: "post",
    path: "/api/v1/tickets/{id}/comments",
    tag,
    summary: "Comment on a ticket",
    description: "Its opener, staff and managers.",
    capability: "ticket.comment",
    params: ticketIdParamsSchema,
    body: ticketCommentInputSchema,
    responses: {
      201: { description: "The history entry", schema: z.object({ event: ticketHistoryEntrySchema }) },
    },
  },
  addTicketPhotos: {
    method: "post",
    path: "/api/v1/tickets/{id}/photos",
    tag,
    summary: "Attach more photos",
    description:
      "Its opener, staff and managers. Keys from `POST /api/v1/uploads` by the same caller, all verified before any is attached; at most 10 photos per ticket.",
    capability: "ticket.comment",
    params: ticketIdParamsSchema,
    body: ticketPhotosInputSchema,
    responses: { 200: { description: "The ticket with its photos", schema: ticketResponse } },
  },
});
