import { announcementOperations } from "@/server/http/openapi/resources/announcements";
import { apiRoute, json } from "@/server/http/route";
import { acknowledgeAnnouncement } from "@/server/services/announcements/read-announcements";

export const POST = apiRoute(announcementOperations.acknowledgeAnnouncement, async ({ actor, params }) =>
  json({ announcement: await acknowledgeAnnouncement(actor, params.id) }),
);
