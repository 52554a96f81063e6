import { markNotificationsReadSchema } from "@/lib/domain/notification";
import { apiRoute, json } from "@/server/http/route";
import { markNotificationsRead } from "@/server/services/notifications/mark-notifications-read";

export const POST = apiRoute(
  { body: markNotificationsReadSchema, capability: "notification.read" },
  async ({ actor, body }) => json(await markNotificationsRead(actor, body)),
);
