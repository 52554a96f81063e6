import { announcementOperations } from "@/server/http/openapi/resources/announcements";
import { apiRoute, json } from "@/server/http/route";
import { markAnnouncementsRead } from "@/server/services/announcements/read-announcements";

export const POST = apiRoute(announcementOperations.markAnnouncementsRead, async ({ actor, body }) =>
  json(await markAnnouncementsRead(actor, body.ids)),
);
