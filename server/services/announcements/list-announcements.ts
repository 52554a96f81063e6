import "server-only";
import { type AnnouncementDTO, toPosterDTO, toReaderDTO } from "@/lib/domain/announcement";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAnnouncements as listAnnouncementRecords, listReceiptsOf } from "../../db/announcements";
import type { Page, PageRequest } from "../../db/query";
import { mayPostAnnouncements } from "./may-post";

/**
 * Those who may post (managers; staff where allowed): every announcement of the building with its audience and
 * read/acknowledged counts, newest first. Everyone else, guests included: the ones they received, with when they
 * read and acknowledged each.
 */
export async function listAnnouncements(actor: Actor, page: PageRequest): Promise<Page<AnnouncementDTO>> {
  authorize(actor, "announcement.read");
  if (await mayPostAnnouncements(actor)) {
    const p = await listAnnouncementRecords({ buildingId: actor.buildingId, ...page });
    return { items: p.items.map(toPosterDTO), cursor: p.cursor };
  }
  return listReceivedAnnouncements(actor, page);
}

/** The caller's own copies (the resident home, the guest stay page), whatever their role. */
export async function listReceivedAnnouncements(
  actor: Actor,
  page: PageRequest,
): Promise<Page<AnnouncementDTO>> {
  authorize(actor, "announcement.read");
  const p = await listReceiptsOf({ buildingId: actor.buildingId, recipientId: actor.id, ...page });
  return { items: p.items.map(toReaderDTO), cursor: p.cursor };
}
