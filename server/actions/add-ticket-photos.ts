"use server";

import { idSchema } from "@/lib/domain/common";
import { ticketPhotosInputSchema } from "@/lib/domain/ticket";
import { addTicketPhotos } from "../services/tickets/add-ticket-photos";
import { action } from "./action";

const schema = ticketPhotosInputSchema.extend({ ticketId: idSchema });

/** Attaches photos the browser has uploaded (their keys) to a ticket; each is verified before it attaches. */
export const addTicketPhotosAction = action(
  schema,
  async function addPhotosFromForm({ ticketId, photoKeys }, actor) {
    const ticket = await addTicketPhotos(actor, ticketId, { photoKeys });
    return { photoCount: ticket.photoKeys.length };
  },
  { capability: "ticket.comment" },
);
