import "server-only";
import type { Ticket, TicketEvent } from "@/lib/domain/ticket";
import { AppError, notFound } from "@/lib/errors";
import { keys } from "./keys";
import { findTicket, getTicket, ticketEventItem } from "./tickets";
import { TransactionRefused, transactWrite, tx } from "./write";

/**
 * Appends verified photo keys to a ticket with its history events, in one transaction. `list_append` (not a
 * read-modify-write of the whole list) so two people adding photos at once both keep theirs; the condition
 * keeps the list within `max` however the requests interleave.
 */
export async function appendTicketPhotos({
  buildingId,
  ticketId,
  photoKeys,
  events,
  max,
}: {
  buildingId: string;
  ticketId: string;
  photoKeys: string[];
  events: TicketEvent[];
  max: number;
}): Promise<Ticket> {
  const at = events[0]?.at ?? new Date().toISOString();
  try {
    await transactWrite([
      tx.update(
        keys.ticket(buildingId, ticketId),
        {
          UpdateExpression: "SET photoKeys = list_append(photoKeys, :new), updatedAt = :at",
          ExpressionAttributeNames: {},
          ExpressionAttributeValues: { ":new": photoKeys, ":at": at, ":room": max - photoKeys.length },
        },
        "attribute_exists(pk) AND size(photoKeys) <= :room",
      ),
      ...events.map((e) => tx.put(ticketEventItem(e))),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      if (!(await findTicket({ buildingId, ticketId }))) throw notFound("Ticket");
      throw new AppError("validation", `A ticket holds at most ${max} photos.`, {
        fields: { photoKeys: [`A ticket holds at most ${max} photos.`] },
      });
    }
    throw e;
  }
  return getTicket({ buildingId, ticketId });
}
