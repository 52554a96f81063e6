"use server";

import { idSchema } from "@/lib/domain/common";
import { ticketCommentInputSchema } from "@/lib/domain/ticket";
import { commentOnTicket } from "../services/tickets/comment-on-ticket";
import { action } from "./action";

const schema = ticketCommentInputSchema.extend({ ticketId: idSchema });

/** A comment on a ticket, by its opener or by staff (the service reports anyone else's attempt as not found). */
export const commentOnTicketAction = action(
  schema,
  async function commentFromForm({ ticketId, comment }, actor) {
    const entry = await commentOnTicket(actor, ticketId, { comment });
    return { id: entry.id };
  },
  { capability: "ticket.comment" },
);
