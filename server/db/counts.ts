import "server-only";
import { addDays } from "@/lib/domain/stay-dates";
import type { TicketStatus } from "@/lib/domain/ticket";
import { keys, partitions } from "./keys";
import { countQuery } from "./query";

type B = { buildingId: string };

/** Tickets in one status (gsi2). Reads the status's items, not the whole history: closed tickets are not counted unless asked. */
export async function countTicketsByStatus({
  buildingId,
  status,
}: B & { status: TicketStatus }): Promise<number> {
  return countQuery({ index: "gsi2", pk: partitions.ticketsByStatus(buildingId, status) });
}

/**
 * Stays in the house on the night of `today`: check-out after today and check-in on or before it.
 * Reads the departures of the next `maxNights` days (gsi3), bounded by the building's longest stay, not by history.
 */
export async function countStaysInHouse({
  buildingId,
  today,
  maxNights,
}: B & { today: string; maxNights: number }) {
  return countQuery({
    index: "gsi3",
    pk: partitions.departures(buildingId),
    sk: { between: [addDays(today, 1), `${addDays(today, maxNights)}~`] },
    filter: { expression: "checkIn <= :today", values: { ":today": today } },
  });
}

/** People with an account in the building (main table, USER# items). */
export async function countUsers({ buildingId }: B): Promise<number> {
  return countQuery({ pk: keys.buildingPartition(buildingId), sk: { beginsWith: keys.userPrefix } });
}
