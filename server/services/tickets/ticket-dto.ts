import "server-only";
import { dueAtOf, isOverdue, type Ticket } from "@/lib/domain/ticket";
import type { TicketDTO, TicketListItem } from "@/lib/domain/ticket-dto";
import { signedObjectUrl } from "../../storage/photo-url";

/**
 * Records to what leaves the service layer. Photos go out only as short-lived signed links; the due time and
 * the overdue flag are computed at `now` from the priority, so every reader agrees with the queue's filter.
 */
export async function toTicketDTO(t: Ticket, now = new Date()): Promise<TicketDTO> {
  const photos = await Promise.all(
    t.photoKeys.map(async (key) => ({ key, url: await signedObjectUrl(key) })),
  );
  return {
    id: t.id,
    buildingId: t.buildingId,
    unitId: t.unitId,
    openedBy: t.openedBy,
    missionId: t.missionId,
    reservationId: t.reservationId,
    title: t.title,
    description: t.description,
    location: t.location ?? null,
    category: t.category,
    priority: t.priority,
    status: t.status,
    assigneeId: t.assigneeId,
    photoKeys: t.photoKeys,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    resolvedAt: t.resolvedAt,
    dueAt: dueAtOf(t),
    overdue: isOverdue(t, now),
    photos,
  };
}

export async function toTicketListItem(t: Ticket, now = new Date()): Promise<TicketListItem> {
  const first = t.photoKeys[0];
  return {
    id: t.id,
    unitId: t.unitId,
    openedBy: t.openedBy,
    title: t.title,
    category: t.category,
    priority: t.priority,
    status: t.status,
    assigneeId: t.assigneeId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    dueAt: dueAtOf(t),
    overdue: isOverdue(t, now),
    photoCount: t.photoKeys.length,
    thumbnailUrl: first ? await signedObjectUrl(first) : null,
  };
}
