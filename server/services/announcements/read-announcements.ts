import "server-only";
import { type AnnouncementDTO, toReaderDTO } from "@/lib/domain/announcement";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findReceipt, markReceipt } from "../../db/announcements";

/**
 * Marks the caller's copies read (ids they did not receive are skipped): each copy counts once towards the
 * announcement's read count, however often it is marked. Returns how many were newly read.
 */
export async function markAnnouncementsRead(actor: Actor, ids: string[]): Promise<{ marked: number }> {
  authorize(actor, "announcement.read");
  const at = new Date().toISOString();
  const done = await Promise.all(
    [...new Set(ids)].map((id) =>
      markReceipt({ buildingId: actor.buildingId, id, recipientId: actor.id, field: "readAt", at }),
    ),
  );
  return { marked: done.filter(Boolean).length };
}

/**
 * The caller acknowledges an announcement they received (it is read too). Idempotent: a second time changes
 * nothing and answers the same copy. Not theirs: not found.
 */
export async function acknowledgeAnnouncement(actor: Actor, id: string): Promise<AnnouncementDTO> {
  authorize(actor, "announcement.read");
  const where = { buildingId: actor.buildingId, id, recipientId: actor.id };
  if (!(await findReceipt(where))) throw notFound("Announcement");
  const at = new Date().toISOString();
  await markReceipt({ ...where, field: "readAt", at });
  await markReceipt({ ...where, field: "acknowledgedAt", at });
  const copy = await findReceipt(where);
  if (!copy) throw notFound("Announcement");
  return toReaderDTO(copy);
}
