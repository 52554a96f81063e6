import { ticketOperations } from "@/server/http/openapi/resources/tickets";
import { apiRoute, json } from "@/server/http/route";
import { addTicketPhotos } from "@/server/services/tickets/add-ticket-photos";

export const POST = apiRoute(ticketOperations.addTicketPhotos, async ({ actor, params, body }) =>
  json({ ticket: await addTicketPhotos(actor, params.id, body) }),
);
