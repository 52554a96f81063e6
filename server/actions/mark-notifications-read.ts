"use server";

import { markNotificationsReadSchema } from "@/lib/domain/notification";
import { markNotificationsRead } from "../services/notifications/mark-notifications-read";
import { action } from "./action";

/** Marks some or all of the caller's notices read (the bell and the notification page). */
export const markNotificationsReadAction = action(
  markNotificationsReadSchema,
  async function markRead(input, actor) {
    return markNotificationsRead(actor, input);
  },
  { capability: "notification.read" },
);
