import "server-only";
import { z } from "zod";
import {
  announcementDtoSchema,
  announcementIdParamsSchema,
  listAnnouncementsQuerySchema,
  listReceiptsQuerySchema,
  markAnnouncementsReadSchema,
  postAnnouncementSchema,
  receiptDtoSchema,
} from "@/lib/domain/announcement";
import { defineOperations, pageOf } from "../registry";

const tag = "Announcements";
const one = z.object({ announcement: announcementDtoSchema });

/** Announcements (issue 16): posted by managers, read and acknowledged by those they reach. */
export const announcementOperations = defineOperations({
  postAnnouncement: {
    method: "post",
    path: "/api/v1/announcements",
    tag,
    summary: "Post an announcement (manager; staff where the building allows)",
    description:
      "`audience.kind`: `building` (everyone with an account and every guest in house), `floors` (with `floors`), `units` (with `unitIds`), `residents`, `guests` (in house today). Each person reached gets a copy and a notice in-app and by email as they chose; `emergency: true` reaches both channels whatever they chose and asks each reader to acknowledge. Staff may post only where `features.staffAnnouncements` is on (403 otherwise). A floor or unit the building does not have is 422 naming the field. Audited.",
    capability: "announcement.post",
    body: postAnnouncementSchema,
    responses: { 201: { description: "Posted, with its counts", schema: one } },
  },
  listAnnouncements: {
    method: "get",
    path: "/api/v1/announcements",
    tag,
    summary: "Announcements, newest first",
    description:
      "Those who may post: every announcement of the building with `audience` and `counts` {recipients, read, acknowledged}. Everyone else (guests included): the ones they received, with `readAt` and `acknowledgedAt`.",
    capability: "announcement.read",
    query: listAnnouncementsQuerySchema,
    responses: { 200: { description: "A page of announcements", schema: pageOf(announcementDtoSchema) } },
  },
  markAnnouncementsRead: {
    method: "post",
    path: "/api/v1/announcements/read",
    tag,
    summary: "Mark announcements read",
    description: "The caller's own copies; ids they did not receive are skipped. Each copy counts once.",
    capability: "announcement.read",
    body: markAnnouncementsReadSchema,
    responses: {
      200: { description: "How many were newly read", schema: z.object({ marked: z.number().int() }) },
    },
  },
  listAnnouncementReceipts: {
    method: "get",
    path: "/api/v1/announcements/{id}/receipts",
    tag,
    summary: "Who has read and acknowledged an announcement (manager; staff where the building allows)",
    description:
      "One row per person or guest the announcement reached, by recipient id: `kind` (`person` or `guest`), `name`, `readAt`, `acknowledgedAt`. `filter`: `read`, `unread`, `acknowledged` or `all`. Another building's announcement, or an unknown id: 404. Staff where `features.staffAnnouncements` is off: 403.",
    capability: "announcement.post",
    params: announcementIdParamsSchema,
    query: listReceiptsQuerySchema,
    responses: { 200: { description: "A page of receipts", schema: pageOf(receiptDtoSchema) } },
    errors: [404],
  },
  acknowledgeAnnouncement: {
    method: "post",
    path: "/api/v1/announcements/{id}/acknowledge",
    tag,
    summary: "Acknowledge an announcement",
    description:
      "The caller's copy is marked read and acknowledged (once; repeating changes nothing). Not theirs: 404.",
    capability: "announcement.read",
    params: announcementIdParamsSchema,
    responses: { 200: { description: "The caller's copy", schema: one } },
    errors: [404],
  },
});
