import { createTicketInputSchema } from "@/lib/domain/ticket";
import { listTicketsQuerySchema } from "@/lib/domain/ticket-dto";
import { apiRoute, json } from "@/server/http/route";
import { listTickets as listTicketsForActor } from "@/server/services/tickets/list-tickets";
import { openTicket } from "@/server/services/tickets/open-ticket";

export const GET = apiRoute(
  { query: listTicketsQuerySchema, capability: "ticket.read" },
  async ({ actor, query }) => json(await listTicketsForActor(actor, query)),
);

export const POST = apiRoute(
  { body: createTicketInputSchema, capability: "ticket.create" },
  async ({ actor, body }) => json({ ticket: await openTicket(actor, body) }, 201),
);
