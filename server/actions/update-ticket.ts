"use server";

import { idSchema } from "@/lib/domain/common";
import { updateTicketInputSchema } from "@/lib/domain/ticket";
import { updateTicket } from "../services/tickets/update-ticket";
import { action } from "./action";

const schema = updateTicketInputSchema.extend({ ticketId: idSchema });

/**
 * Staff and managers work a ticket: assign it, move its status (with a reason where `reasonRequired` says so),
 * change priority. The service checks the move, the reason and the assignee; this only parses and passes on.
 */
export const updateTicketAction = action(
  schema,
  async function updateTicketFromForm({ ticketId, ...patch }, actor) {
    const ticket = await updateTicket(actor, ticketId, patch);
    return { status: ticket.status, assigneeId: ticket.assigneeId, priority: ticket.priority };
  },
  { capability: "ticket.manage" },
);
