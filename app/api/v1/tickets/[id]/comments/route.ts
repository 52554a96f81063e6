import { ticketCommentInputSchema } from "@/lib/domain/ticket";
import { ticketIdParamsSchema } from "@/lib/domain/ticket-dto";
import { apiRoute, json } from "@/server/http/route";
import { commentOnTicket } from "@/server/services/tickets/comment-on-ticket";

export const POST = apiRoute(
  { params: ticketIdParamsSchema, body: ticketCommentInputSchema, capability: "ticket.comment" },
  async ({ actor, params, body }) => json({ event: await commentOnTicket(actor, params.id, body) }, 201),
);
