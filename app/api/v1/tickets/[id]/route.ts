import { ticketOperations } from "@/server/http/openapi/resources/tickets";
import { apiRoute, json } from "@/server/http/route";
import { getTicketForActor } from "@/server/services/get-ticket";
import { updateTicketForActor } from "@/server/services/update-ticket";

export const GET = apiRoute(ticketOperations.getTicket, async ({ actor, params }) =>
  json(await getTicketForActor(actor, params.id)),
);

export const PATCH = apiRoute(ticketOperations.updateTicket, async ({ actor, params, body }) =>
  json({ ticket: await updateTicketForActor(actor, params.id, body) }),
);
