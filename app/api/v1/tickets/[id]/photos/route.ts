import { ticketPhotosInputSchema } from "@/lib/domain/ticket";
import { ticketIdParamsSchema } from "@/lib/domain/ticket-dto";
import { apiRoute, json } from "@/server/http/route";
import { addTicketPhotos } from "@/server/services/tickets/add-ticket-photos";

export const POST = apiRoute(
  { params: ticketIdParamsSchema, body: ticketPhotosInputSchema, capability: "ticket.comment" },
  async ({ actor, params, body }) => json({ ticket: await addTicketPhotos(actor, params.id, body) }),
);
