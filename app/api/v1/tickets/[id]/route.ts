import { updateTicketInputSchema } from "@/lib/domain/ticket";
import { ticketIdParamsSchema } from "@/lib/domain/ticket-dto";
import { apiRoute, json } from "@/server/http/route";
import { getTicket as getTicketForActor } from "@/server/services/tickets/get-ticket";
import { updateTicket as updateTicketForActor } from "@/server/services/tickets/update-ticket";

export const GET = apiRoute(
  { params: ticketIdParamsSchema, capability: "ticket.read" },
  async ({ actor, params }) => json(await getTicketForActor(actor, params.id)),
);

export const PATCH = apiRoute(
  { params: ticketIdParamsSchema, body: updateTicketInputSchema, capability: "ticket.manage" },
  async ({ actor, params, body }) => json({ ticket: await updateTicketForActor(actor, params.id, body) }),
);
