"use server";

import { createTicketInputSchema } from "@/lib/domain/ticket";
import { openTicket } from "../services/tickets/open-ticket";
import { action } from "./action";

/**
 * The "open a ticket" form. A plain object rather than FormData: the photos were already uploaded straight to
 * S3 by the browser, and their keys arrive as an array the service verifies before attaching them.
 */
export const openTicketAction = action(
  createTicketInputSchema,
  async function openTicketFromForm(input, actor) {
    const ticket = await openTicket(actor, input);
    return { id: ticket.id };
  },
  { capability: "ticket.create" },
);
