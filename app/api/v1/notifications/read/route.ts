import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import { markNotificationsRead } from "@/server/services/notifications/mark-notifications-read";

export const POST = apiRoute(alarmOperations.markNotificationsRead, async ({ actor, body }) =>
  json(await markNotificationsRead(actor, body)),
);
