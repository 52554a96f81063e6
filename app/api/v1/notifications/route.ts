import { listNotificationsQuerySchema } from "@/lib/domain/notification";
import { apiRoute, json } from "@/server/http/route";
import { listNotifications } from "@/server/services/notifications/list-notifications";

export const GET = apiRoute(
  { query: listNotificationsQuerySchema, capability: "notification.read" },
  async ({ actor, query }) => json(await listNotifications(actor, query)),
);
