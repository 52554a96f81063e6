import "server-only";
import type { ActorRef } from "@/lib/domain/common";
import type { Ticket } from "@/lib/domain/ticket";
import { AppError, notFound } from "@/lib/errors";
import { authorize, type Capability } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findTicket } from "../../db/tickets";

/** How the actor appears in a ticket's history and audit trail. */
export const actorRef = (actor: Actor): ActorRef => ({
  kind: actor.kind,
  id: actor.id,
  ...(actor.name ? { name: actor.name } : {}),
});

/** "Own" for tickets means opened by this very actor (the same kind too: a guest id is not a user id). */
export const opened = (t: Ticket) => (actor: Actor) =>
  t.openedBy.id === actor.id && t.openedBy.kind === actor.kind;

/**
 * Loads a ticket for `capability` and checks it after loading: the read is keyed by the actor's building (another
 * building's ticket simply is not there) and an "own" scope must have opened it. A ticket the actor may not see is
 * reported as not found rather than forbidden, so its existence does not leak to other residents.
 */
export async function loadTicketFor(actor: Actor, ticketId: string, capability: Capability): Promise<Ticket> {
  authorize(actor, capability);
  const ticket = await findTicket({ buildingId: actor.buildingId, ticketId });
  if (!ticket) throw notFound("Ticket");
  try {
    authorize(actor, capability, { buildingId: ticket.buildingId, owns: opened(ticket) });
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") throw notFound("Ticket");
    throw e;
  }
  return ticket;
}
