import "server-only";
import type { TicketEvent } from "@/lib/domain/ticket";
import type { TicketDetail, TicketHistoryEntry } from "@/lib/domain/ticket-dto";
import type { Actor } from "@/lib/roles";
import type { Page } from "../../db/query";
import { listTicketEvents } from "../../db/tickets";
import { findUser } from "../../db/users";
import { loadTicketFor } from "./ticket-access";
import { toTicketDTO } from "./ticket-dto";

/** A ticket's history is read whole for the detail page; past this many events the oldest pages suffice. */
const MAX_HISTORY = 1000;

/**
 * One ticket with its whole history (oldest first) and signed photo links, for its opener or for staff and
 * managers; anyone else is told it is not found. `people` names everyone the history and assignee refer to.
 */
export async function getTicket(actor: Actor, ticketId: string): Promise<TicketDetail> {
  const ticket = await loadTicketFor(actor, ticketId, "ticket.read");
  const events: TicketEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<TicketEvent> = await listTicketEvents({
      buildingId: ticket.buildingId,
      ticketId,
      limit: 200,
      cursor,
    });
    events.push(...page.items);
    cursor = page.cursor;
  } while (cursor && events.length < MAX_HISTORY);

  const people: Record<string, string> = {};
  for (const e of events) if (e.actor.name) people[e.actor.id] ??= e.actor.name;
  const assignees = new Set<string>();
  for (const e of events) {
    if (e.kind !== "assigned") continue;
    if (e.from) assignees.add(e.from);
    if (e.to) assignees.add(e.to);
  }
  if (ticket.assigneeId) assignees.add(ticket.assigneeId);
  const unnamed = [...assignees].filter((id) => !people[id]);
  const found = await Promise.all(
    unnamed.map((userId) => findUser({ buildingId: ticket.buildingId, userId })),
  );
  for (const u of found) if (u) people[u.id] = u.name;

  const history: TicketHistoryEntry[] = events.map(({ buildingId: _b, ...e }) => e);
  return { ticket: await toTicketDTO(ticket), history, people };
}
