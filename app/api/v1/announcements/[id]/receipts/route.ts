import { announcementOperations } from "@/server/http/openapi/resources/announcements";
import { apiRoute, json } from "@/server/http/route";
import { listAnnouncementReceipts } from "@/server/services/announcements/list-announcement-receipts";

export const GET = apiRoute(
  announcementOperations.listAnnouncementReceipts,
  async ({ actor, params, query }) => json(await listAnnouncementReceipts(actor, params.id, query)),
);
