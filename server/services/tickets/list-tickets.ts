import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { ListTicketsQuery, TicketListItem } from "@/lib/domain/ticket-dto";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listTicketQueue, type TicketFilter, type TicketSource } from "../../db/ticket-queue";
import { toTicketListItem } from "./ticket-dto";

/**
 * Tickets for a list. Residents and guests page through the tickets they opened (their own partition, gsi1);
 * staff and managers through the building's, filtered.
 *
 * Every page is exactly one Query, whatever the filters, so its cost does not grow with the building's history.
 * The partition read is chosen from the most selective key the request gives:
 * - `unitId` → that unit's (or the common areas') tickets, gsi3 (a unit has few tickets; status is then a filter);
 * - `status` → that status's tickets, gsi2 (the staff queue);
 * - neither → all the building's tickets (main table).
 * Priority, category, assignee, overdue (and status on the unit and opener lists) are FilterExpressions on the
 * page read: such a page may hold fewer than `limit` items, even none, and still carry a cursor; clients keep
 * paging until the cursor is null. `olderThanHours` is a sort-key condition (ids are ULIDs), not a filter.
 * Sorting is by opening time (newest or oldest first); ordering by priority or due time would need another index.
 * Such a page can come back empty while matches lie further on, so a call reads on, up to `MAX_READS` pages,
 * while the page it has is empty: the page's first render and the API's "load more" follow one policy, here.
 */
export async function listTickets(actor: Actor, q: ListTicketsQuery): Promise<PageDTO<TicketListItem>> {
  let page = await listTicketsPage(actor, q);
  for (let i = 1; i < MAX_READS && page.items.length === 0 && page.cursor; i++)
    page = await listTicketsPage(actor, { ...q, cursor: page.cursor });
  return page;
}

/** How many pages one call may read looking for a match (each is one Query of at most `limit` items). */
const MAX_READS = 5;

async function listTicketsPage(actor: Actor, q: ListTicketsQuery): Promise<PageDTO<TicketListItem>> {
  const scope = authorize(actor, "ticket.read");
  const now = new Date();
  const unitId = q.unitId === undefined ? undefined : q.unitId === "common" ? null : q.unitId;
  const filter: TicketFilter = {
    priority: q.priority,
    category: q.category,
    assigneeId: q.assigneeId === "unassigned" ? null : q.assigneeId,
    overdueAt: q.overdue ? now : undefined,
    openedBefore: q.olderThanHours ? new Date(now.getTime() - q.olderThanHours * 3_600_000) : undefined,
  };
  let source: TicketSource;
  if (scope === "own") {
    source = { by: "opener", userId: actor.id };
    Object.assign(filter, { status: q.status, unitId });
  } else if (unitId !== undefined) {
    source = { by: "unit", unitId };
    filter.status = q.status;
  } else if (q.status) {
    source = { by: "status", status: q.status };
  } else {
    source = { by: "building" };
  }
  const page = await listTicketQueue({
    buildingId: actor.buildingId,
    source,
    filter,
    ascending: q.sort === "oldest",
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: await Promise.all(page.items.map((t) => toTicketListItem(t, now))), cursor: page.cursor };
}
