import "server-only";
import { z } from "zod";
import {
  alarmDTOSchema,
  alarmIdParamsSchema,
  alarmNoteInputSchema,
  listAlarmsQuerySchema,
} from "@/lib/domain/alarm";
import {
  listNotificationsQuerySchema,
  markNotificationsReadSchema,
  NOTIFICATION_KINDS,
  notificationDTOSchema,
  notificationPrefsSchema,
} from "@/lib/domain/notification";
import { defineOperations, pageOf } from "../registry";

const alarmResponse = z.object({ alarm: alarmDTOSchema });
const change = (action: "acknowledge" | "clear") => ({
  method: "post" as const,
  path: `/api/v1/alarms/{id}/${action}`,
  tag: "Alarms" as const,
  summary: action === "acknowledge" ? "Acknowledge an alarm" : "Clear an alarm",
  description:
    action === "acknowledge"
      ? "Staff and managers take the alarm on, with an optional note (audited). It stays open: a repeat from the device still updates it. 409 when it is already acknowledged or cleared, or another person acted first."
      : "Staff and managers close the alarm, with an optional note (audited). The next report of the same cause from the device opens a new alarm. 409 when it is already cleared.",
  capability: "alarm.manage" as const,
  params: alarmIdParamsSchema,
  body: alarmNoteInputSchema,
  responses: { 200: { description: "The alarm after the change", schema: alarmResponse } },
  errors: [404 as const, 409 as const],
});
const channels = z.object({ inApp: z.boolean(), email: z.boolean(), push: z.boolean() });
const prefsResponse = z.object({
  preferences: z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, channels]))),
});

/** Sensor alarms, and each person's notification centre. */
export const alarmOperations = defineOperations({
  listAlarms: {
    method: "get",
    path: "/api/v1/alarms",
    tag: "Alarms",
    summary: "Alarms of one status, newest first",
    description:
      "One record per device and cause while open (`count` repeats, `lastSeenAt`). Staff, managers and tokens: the building's. Residents: their units' alarms (one page, no cursor).",
    capability: "alarm.read",
    query: listAlarmsQuerySchema,
    responses: { 200: { description: "A page of alarms", schema: pageOf(alarmDTOSchema) } },
  },
  acknowledgeAlarm: change("acknowledge"),
  clearAlarm: change("clear"),
  getNotificationInbox: {
    method: "get",
    path: "/api/v1/notifications",
    tag: "Notifications",
    summary: "The caller's notices, newest first, with the unread count",
    description:
      "Anyone signed in, guests included (their stay's notices). `link` is the in-app path the notice is about.",
    capability: "notification.read",
    query: listNotificationsQuerySchema,
    responses: {
      200: {
        description: "A page of notices",
        schema: pageOf(notificationDTOSchema).extend({ unread: z.number().int() }),
      },
    },
  },
  markNotificationsRead: {
    method: "post",
    path: "/api/v1/notifications/read",
    tag: "Notifications",
    summary: "Mark notices read",
    description:
      "`{ids}` (the caller's own; others are ignored) or `{all: true}`. Answers how many changed and the unread count left.",
    capability: "notification.read",
    body: markNotificationsReadSchema,
    responses: {
      200: {
        description: "Marked",
        schema: z.object({ marked: z.number().int(), unread: z.number().int() }),
      },
    },
  },
  getNotificationPreferences: {
    method: "get",
    path: "/api/v1/notifications/preferences",
    tag: "Notifications",
    summary: "Which kinds of notice reach the caller, on which channel",
    description: "Defaults filled in. Emergencies ignore these.",
    capability: "notification.read",
    responses: { 200: { description: "Channels per kind", schema: prefsResponse } },
  },
  updateNotificationPreferences: {
    method: "put",
    path: "/api/v1/notifications/preferences",
    tag: "Notifications",
    summary: "Set the channels of some kinds",
    description:
      "Kinds left out keep their setting. Guests have no preferences: the call changes nothing for them.",
    capability: "notification.read",
    body: notificationPrefsSchema,
    responses: { 200: { description: "Channels per kind", schema: prefsResponse } },
  },
});
