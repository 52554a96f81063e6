import { ticketOperations } from "@/server/http/openapi/resources/tickets";
import { apiRoute, json } from "@/server/http/route";
import { commentOnTicket } from "@/server/services/tickets/comment-on-ticket";

export const POST = apiRoute(ticketOperations.commentOnTicket, async ({ actor, params, body }) =>
  json({ event: await commentOnTicket(actor, params.id, body) }, 201),
);
