import { notificationPrefsSchema } from "@/lib/domain/notification";
import { apiRoute, json } from "@/server/http/route";
import {
  getNotificationPrefs,
  updateNotificationPrefs,
} from "@/server/services/notifications/notification-prefs";

export const GET = apiRoute({ capability: "notification.read" }, async ({ actor }) =>
  json({ preferences: await getNotificationPrefs(actor) }),
);

export const PUT = apiRoute(
  { body: notificationPrefsSchema, capability: "notification.read" },
  async ({ actor, body }) => json({ preferences: await updateNotificationPrefs(actor, body) }),
);
