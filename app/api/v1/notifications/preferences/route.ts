import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import {
  getNotificationPrefs,
  updateNotificationPrefs,
} from "@/server/services/notifications/notification-prefs";

export const GET = apiRoute(alarmOperations.getNotificationPreferences, async ({ actor }) =>
  json({ preferences: await getNotificationPrefs(actor) }),
);

export const PUT = apiRoute(alarmOperations.updateNotificationPreferences, async ({ actor, body }) =>
  json({ preferences: await updateNotificationPrefs(actor, body) }),
);
