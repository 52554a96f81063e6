import { ticketOperations } from "@/server/http/openapi/resources/tickets";
import { apiRoute, json } from "@/server/http/route";
import { listTickets } from "@/server/services/tickets/list-tickets";
import { openTicket } from "@/server/services/tickets/open-ticket";

export const GET = apiRoute(ticketOperations.listTickets, async ({ actor, query }) =>
  json(await listTickets(actor, query)),
);

export const POST = apiRoute(ticketOperations.createTicket, async ({ actor, body }) =>
  json({ ticket: await openTicket(actor, body) }, 201),
);
