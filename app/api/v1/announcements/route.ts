import { announcementOperations } from "@/server/http/openapi/resources/announcements";
import { apiRoute, json } from "@/server/http/route";
import { listAnnouncements } from "@/server/services/announcements/list-announcements";
import { postAnnouncement } from "@/server/services/announcements/post-announcement";

export const GET = apiRoute(announcementOperations.listAnnouncements, async ({ actor, query }) =>
  json(await listAnnouncements(actor, query)),
);

export const POST = apiRoute(announcementOperations.postAnnouncement, async ({ actor, body }) =>
  json({ announcement: await postAnnouncement(actor, body) }, 201),
);
