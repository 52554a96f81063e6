import "server-only";
import { createHash } from "node:crypto";
import type { TicketCost } from "@/lib/domain/charges";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { queryAll } from "./query";
import type { EntityKeys } from "./update";
import { type TransactItem, tx } from "./write";

type B = { buildingId: string };

/** A cost's id from the form's idempotency key: the same form sent twice, one cost. */
export function ticketCostIdOf(buildingId: string, ticketId: string, idempotencyKey: string): string {
  const h = createHash("sha256")
    .update(`${buildingId}\u0000${ticketId}\u0000${idempotencyKey}`)
    .digest("base64url");
  return `cost_${h.slice(0, 26)}`;
}

/** Every key of a ticket cost: the table key, the ticket's list (gsi1) and the building's by date (gsi2). */
export const ticketCostKeys = (
  c: Pick<TicketCost, "buildingId" | "id" | "ticketId" | "incurredOn">,
): EntityKeys => ({
  ...keys.ticketCost(c.buildingId, c.id),
  ...keys.ticketCostByTicket(c.buildingId, c.ticketId, c.incurredOn, c.id),
  ...keys.ticketCostByDate(c.buildingId, c.incurredOn, c.id),
});

export const putTicketCostTx = (c: TicketCost): TransactItem =>
  tx.put(toItem(c, ticketCostKeys(c)), "attribute_not_exists(pk)");

export async function findTicketCost({
  buildingId,
  costId,
}: B & { costId: string }): Promise<TicketCost | null> {
  return (await getRecord<TicketCost>(keys.ticketCost(buildingId, costId))) ?? null;
}

/** A ticket's costs, oldest first (a handful). */
export async function listTicketCosts({
  buildingId,
  ticketId,
}: B & { ticketId: string }): Promise<TicketCost[]> {
  return queryAll<TicketCost>(
    { index: "gsi1", pk: partitions.ticketCostsByTicket(buildingId, ticketId) },
    1000,
  );
}

/** The building's ticket costs incurred between two dates (inclusive), oldest first: the expenses report. */
export async function listTicketCostsBetween({
  buildingId,
  from,
  to,
}: B & { from: string; to: string }): Promise<TicketCost[]> {
  return queryAll<TicketCost>({
    index: "gsi2",
    pk: partitions.ticketCosts(buildingId),
    sk: { between: [`${from}#`, `${to}#~`] },
  });
}
