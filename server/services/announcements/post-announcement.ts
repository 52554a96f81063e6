import "server-only";
import {
  type AnnouncementDTO,
  type AnnouncementReceipt,
  type PostAnnouncementInput,
  toPosterDTO,
} from "@/lib/domain/announcement";
import { newId } from "@/lib/domain/ids";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createAnnouncement } from "../../db/announcements";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { notifyPeople } from "../notifications/notify-people";
import { actorRef } from "../tickets/ticket-access";
import { announcementRecipients } from "./announcement-recipients";
import { requirePoster } from "./may-post";

/** Where a reader finds announcements, per role. */
export const announcementHref = (role: Actor["role"]) =>
  role === "guest"
    ? "/stay"
    : role === "resident"
      ? "/resident"
      : role === "manager"
        ? "/manager/announcements"
        : "/staff";

/**
 * A manager (or staff, where the building allows) posts to an audience: each person reached gets a copy to read
 * and, for an emergency, acknowledge; a notice in-app and by email as they chose (an emergency reaches both
 * channels whatever they chose). Audited.
 */
export async function postAnnouncement(actor: Actor, input: PostAnnouncementInput): Promise<AnnouncementDTO> {
  authorize(actor, "announcement.post", { buildingId: actor.buildingId });
  await requirePoster(actor);
  const building = await getBuilding(actor);
  const recipients = await announcementRecipients(building, input.audience);
  const id = newId();
  const createdAt = new Date().toISOString();
  const postedBy = actorRef(actor);
  const announcement = {
    id,
    buildingId: actor.buildingId,
    title: input.title,
    body: input.body,
    audience: input.audience,
    emergency: input.emergency,
    postedBy,
    createdAt,
    recipients: new Set(recipients.map((r) => r.id)).size,
    readCount: 0,
    ackCount: 0,
  };
  const receipts: AnnouncementReceipt[] = [...new Map(recipients.map((r) => [r.id, r])).values()].map(
    (r) => ({
      announcementId: id,
      buildingId: actor.buildingId,
      recipientId: r.id,
      recipientName: r.name ?? null,
      title: input.title,
      body: input.body,
      emergency: input.emergency,
      postedByName: postedBy.name ?? null,
      createdAt,
      readAt: null,
      acknowledgedAt: null,
    }),
  );
  await createAnnouncement({ announcement, receipts });
  await notifyPeople(recipients, {
    buildingId: actor.buildingId,
    kind: "announcement",
    emergency: input.emergency,
    timeZone: building.timezone,
    text: (t) => ({
      title: input.emergency ? t("announcements.notice.emergencyTitle", { title: input.title }) : input.title,
      body: input.body,
    }),
    href: announcementHref,
  });
  await recordAudit(actor, "announcement.post", { type: "announcement", id }, "success", {
    audience: input.audience.kind,
    emergency: input.emergency,
    recipients: announcement.recipients,
  });
  return toPosterDTO(announcement);
}
