import { ticketOperations } from "@/server/http/openapi/resources/tickets";
import { apiRoute, json } from "@/server/http/route";
import { getTicket } from "@/server/services/tickets/get-ticket";
import { updateTicket } from "@/server/services/tickets/update-ticket";

export const GET = apiRoute(ticketOperations.getTicket, async ({ actor, params }) =>
  json(await getTicket(actor, params.id)),
);

export const PATCH = apiRoute(ticketOperations.updateTicket, async ({ actor, params, body }) =>
  json({ ticket: await updateTicket(actor, params.id, body) }),
);
