import "server-only";
import type { Ticket, TicketEvent, TicketStatus } from "@/lib/domain/ticket";
import { AppError, notFound } from "@/lib/errors";
import { syncTicketEntry } from "./home-summaries";
import { findOne, getOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { allOf, type EntityKeys, mergePatch, reindex, txCondition } from "./update";
import { buildUpdate, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key of a ticket: the table key and the opener (gsi1), status (gsi2) and unit (gsi3) lists. */
export const ticketKeys = (
  t: Pick<Ticket, "buildingId" | "id" | "openedBy" | "status" | "unitId">,
): EntityKeys => ({
  ...keys.ticket(t.buildingId, t.id),
  ...keys.ticketByOpener(t.buildingId, t.openedBy.id, t.id),
  ...keys.ticketByStatus(t.buildingId, t.status, t.id),
  ...keys.ticketByUnit(t.buildingId, t.unitId, t.id),
});
/** The stored ticket. Pure: bulk loads write it too. */
export const ticketItem = (t: Ticket) => toItem(t, ticketKeys(t));
export const ticketEventItem = (e: TicketEvent) =>
  toItem(e, keys.ticketEvent(e.buildingId, e.ticketId, e.id));

/** The ticket and its "created" history event, together. */
export async function createTicket({
  ticket,
  event,
}: {
  ticket: Ticket;
  event: TicketEvent;
}): Promise<Ticket> {
  await transactWrite([
    tx.put(ticketItem(ticket), "attribute_not_exists(pk)"),
    tx.put(ticketEventItem(event)),
  ]);
  await syncTicketEntry(ticket);
  return ticket;
}

export function findTicket({ buildingId, ticketId }: B & { ticketId: string }): Promise<Ticket | null> {
  return findOne<Ticket>(keys.ticket(buildingId, ticketId));
}

export function getTicket({ buildingId, ticketId }: B & { ticketId: string }): Promise<Ticket> {
  return getOne<Ticket>(keys.ticket(buildingId, ticketId), "Ticket");
}

export type TicketPatch = Partial<
  Pick<Ticket, "status" | "priority" | "assigneeId" | "category" | "photoKeys" | "resolvedAt">
>;

/**
 * Changes a ticket and appends its history event(s) in one transaction. The index keys follow the patched record
 * (`ticketKeys`: a status change moves the gsi2 key); `expectedStatus` guards against a racing change.
 */
export async function updateTicket({
  buildingId,
  ticketId,
  patch,
  events,
  expectedStatus,
}: B & { ticketId: string; patch: TicketPatch; events: TicketEvent[]; expectedStatus?: TicketStatus }) {
  const at = events[0]?.at ?? new Date().toISOString();
  const cur = await getTicket({ buildingId, ticketId });
  const set = { ...patch, updatedAt: at };
  const ix = reindex(cur, mergePatch(cur, set), ticketKeys);
  const update = buildUpdate({ ...set, ...ix.set }, ix.remove);
  const guard = expectedStatus
    ? { expression: "#st = :expected", names: { "#st": "status" }, values: { ":expected": expectedStatus } }
    : undefined;
  const [condition, extra] = txCondition(allOf(guard, ix.condition));
  try {
    await transactWrite([
      tx.update(keys.ticket(buildingId, ticketId), update, condition, extra),
      ...events.map((e) => tx.put(ticketEventItem(e))),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      const cur = await findTicket({ buildingId, ticketId });
      if (!cur) throw notFound("Ticket");
      throw new AppError(
        "conflict",
        `The ticket is now ${cur.status.replace("_", " ")}; reload and try again.`,
      );
    }
    throw e;
  }
  const updated = await getTicket({ buildingId, ticketId });
  // the open tickets summary the manager home reads (issue 19)
  if (patch.status || patch.priority) await syncTicketEntry(updated);
  return updated;
}

/** A comment is a history event; it also bumps updatedAt so lists show activity. */
export async function addTicketEvent({ event }: { event: TicketEvent }): Promise<TicketEvent> {
  await transactWrite([
    tx.update(
      keys.ticket(event.buildingId, event.ticketId),
      buildUpdate({ updatedAt: event.at }),
      "attribute_exists(pk)",
    ),
    tx.put(ticketEventItem(event)),
  ]);
  return event;
}

/** A ticket's history, oldest first (event ids are ULIDs). */
export async function listTicketEvents({
  buildingId,
  ticketId,
  ...page
}: B & { ticketId: string } & PageRequest) {
  return queryPage<TicketEvent>({
    pk: partitions.ticket(buildingId, ticketId),
    sk: { beginsWith: "EVENT#" },
    ...page,
  });
}

/** All of a building's tickets, newest first. */
export async function listTickets({ buildingId, ...page }: B & PageRequest): Promise<Page<Ticket>> {
  return queryPage<Ticket>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.ticketPrefix },
    ascending: false,
    ...page,
  });
}

/** The staff queue: one Query per page on gsi2 (`BLD#b#TICKETS#status`), newest first. */
export async function listTicketsByStatus({
  buildingId,
  status,
  ...page
}: B & { status: TicketStatus } & PageRequest) {
  return queryPage<Ticket>({
    index: "gsi2",
    pk: partitions.ticketsByStatus(buildingId, status),
    ascending: false,
    ...page,
  });
}

/** "My tickets" (gsi1), newest first. */
export async function listTicketsByOpener({
  buildingId,
  userId,
  ...page
}: B & { userId: string } & PageRequest) {
  return queryPage<Ticket>({
    index: "gsi1",
    pk: partitions.ticketsByOpener(buildingId, userId),
    ascending: false,
    ...page,
  });
}

/** A unit's tickets, or the common areas' with `unitId: null` (gsi3), newest first. */
export async function listTicketsByUnit({
  buildingId,
  unitId,
  ...page
}: B & { unitId: string | null } & PageRequest) {
  return queryPage<Ticket>({
    index: "gsi3",
    pk: partitions.ticketsByUnit(buildingId, unitId),
    ascending: false,
    ...page,
  });
}
