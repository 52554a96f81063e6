import "server-only";
import { type ListReceiptsQuery, type ReceiptDTO, toReceiptDTO } from "@/lib/domain/announcement";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { findAnnouncement, listReceipts } from "../../db/announcements";
import type { Page } from "../../db/query";
import { requirePoster } from "./may-post";

/** A filtered page may read a few pages to fill (at most this many reads). */
const MAX_READS = 5;

/**
 * Who an announcement reached and who has read and acknowledged it, a page at a time (by recipient id), for
 * those who may post (managers; staff where the building allows). Another building's announcement is not
 * found: the receipts live under the announcement of the caller's own building.
 */
export async function listAnnouncementReceipts(
  actor: Actor,
  id: string,
  { filter, limit, cursor }: ListReceiptsQuery,
): Promise<Page<ReceiptDTO>> {
  await requirePoster(actor);
  const announcement = await findAnnouncement({ buildingId: actor.buildingId, id });
  if (!announcement) throw notFound("Announcement");
  const items: ReceiptDTO[] = [];
  let next: string | null | undefined = cursor;
  for (let reads = 0; reads < MAX_READS && items.length < limit; reads++) {
    const page = await listReceipts({
      buildingId: actor.buildingId,
      id,
      filter,
      limit: limit - items.length,
      cursor: next ?? undefined,
    });
    items.push(...page.items.map(toReceiptDTO));
    next = page.cursor;
    if (!next) break;
  }
  return { items, cursor: next ?? null };
}
