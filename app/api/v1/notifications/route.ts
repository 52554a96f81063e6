import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import { listNotifications } from "@/server/services/notifications/list-notifications";

export const GET = apiRoute(alarmOperations.getNotificationInbox, async ({ actor, query }) =>
  json(await listNotifications(actor, query)),
);
