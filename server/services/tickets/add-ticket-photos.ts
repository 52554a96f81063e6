import "server-only";
import { newId } from "@/lib/domain/ids";
import { MAX_TICKET_PHOTOS, type TicketPhotosInput } from "@/lib/domain/ticket";
import type { TicketDTO } from "@/lib/domain/ticket-dto";
import type { Actor } from "@/lib/roles";
import { appendTicketPhotos } from "../../db/ticket-photos";
import { requireFeature } from "../building/require-feature";
import { actorRef, loadTicketFor } from "./ticket-access";
import { toTicketDTO } from "./ticket-dto";
import { verifyTicketPhotos } from "./verify-ticket-photos";

/**
 * Attaches more photos to a ticket: its opener, or staff and managers (those who may comment). Every key is
 * verified first (all or nothing); keys already on the ticket are skipped. One "photo_added" history event
 * per photo, in the same transaction as the append.
 */
export async function addTicketPhotos(
  actor: Actor,
  ticketId: string,
  input: TicketPhotosInput,
): Promise<TicketDTO> {
  const ticket = await loadTicketFor(actor, ticketId, "ticket.comment");
  await requireFeature(ticket.buildingId, "maintenance");
  const fresh = input.photoKeys.filter((k) => !ticket.photoKeys.includes(k));
  if (!fresh.length) return toTicketDTO(ticket);
  const keys = await verifyTicketPhotos(actor, fresh);
  const at = new Date().toISOString();
  const updated = await appendTicketPhotos({
    buildingId: ticket.buildingId,
    ticketId,
    photoKeys: keys,
    max: MAX_TICKET_PHOTOS,
    events: keys.map((key) => ({
      id: newId(),
      ticketId,
      buildingId: ticket.buildingId,
      kind: "photo_added" as const,
      actor: actorRef(actor),
      comment: null,
      from: null,
      to: key,
      at,
    })),
  });
  return toTicketDTO(updated);
}
