import "server-only";
import { type AnnouncementDTO, toPosterDTO } from "@/lib/domain/announcement";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { findAnnouncement } from "../../db/announcements";
import { requirePoster } from "./may-post";

/** One announcement of the caller's building with its audience and counts, for those who may post. */
export async function getAnnouncement(actor: Actor, id: string): Promise<AnnouncementDTO> {
  await requirePoster(actor);
  const a = await findAnnouncement({ buildingId: actor.buildingId, id });
  if (!a) throw notFound("Announcement");
  return toPosterDTO(a);
}
