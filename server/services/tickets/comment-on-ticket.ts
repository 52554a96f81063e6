import "server-only";
import { newId } from "@/lib/domain/ids";
import type { TicketCommentInput, TicketEvent } from "@/lib/domain/ticket";
import type { TicketHistoryEntry } from "@/lib/domain/ticket-dto";
import type { Actor } from "@/lib/roles";
import { addTicketEvent } from "../../db/tickets";
import { requireFeature } from "../building/require-feature";
import { actorRef, loadTicketFor, opened } from "./ticket-access";
import { notifyOpener, notifyUser } from "./ticket-notifications";

/**
 * A comment on a ticket: by its opener, or by staff and managers (anyone else is told the ticket is not found).
 * It is a history event; the other side hears of it in the app (the opener when someone else writes, the
 * assignee when the opener writes). No email: status changes are what the opener is emailed about.
 */
export async function commentOnTicket(
  actor: Actor,
  ticketId: string,
  input: TicketCommentInput,
): Promise<TicketHistoryEntry> {
  const ticket = await loadTicketFor(actor, ticketId, "ticket.comment");
  await requireFeature(ticket.buildingId, "maintenance");
  const event: TicketEvent = {
    id: newId(),
    ticketId,
    buildingId: ticket.buildingId,
    kind: "comment",
    actor: actorRef(actor),
    comment: input.comment,
    from: null,
    to: null,
    at: new Date().toISOString(),
  };
  await addTicketEvent({ event });
  const title = `New comment on "${ticket.title}"`;
  const body = input.comment.slice(0, 280);
  if (opened(ticket)(actor)) {
    if (ticket.assigneeId) await notifyUser(ticket, ticket.assigneeId, title, body);
  } else {
    await notifyOpener(ticket, actor, { title, body, email: false });
  }
  const { buildingId: _b, ...entry } = event;
  return entry;
}
