"use server";

import { notificationPrefsSchema } from "@/lib/domain/notification";
import { updateNotificationPrefs } from "../services/notifications/notification-prefs";
import { action } from "./action";

/** The caller's channels per kind of notice. */
export const updateNotificationPrefsAction = action(
  notificationPrefsSchema,
  async function updatePrefs(input, actor) {
    return updateNotificationPrefs(actor, input);
  },
  { capability: "notification.read" },
);
