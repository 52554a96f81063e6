import { z } from "zod";
import { idSchema, timestampSchema } from "./common";
import {
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from "./notification-constants";

// values without schemas live in notification-constants.ts (client components import them from there)
export * from "./notification-constants";

/** In-app notice for one user (ticket updated, approval needed, guest checked in). */
export const notificationSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  userId: idSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string().max(200),
  body: z.string().max(2000),
  /** in-app path to open, e.g. `/staff/tickets/…` */
  href: z.string().max(500).nullable(),
  readAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/v1/notifications` items. */
export const notificationDTOSchema = z.object({
  id: idSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable(),
});
export type NotificationDTO = z.infer<typeof notificationDTOSchema>;
export const toNotificationDTO = (n: Notification): NotificationDTO => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.href,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

export const listNotificationsQuerySchema = z.object({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("`true`: unread ones only."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export const markNotificationsReadSchema = z.union([
  z.object({ ids: z.array(idSchema).min(1).max(200) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;

/**
 * Per person: which kinds reach them on which channel. A kind left out follows the defaults: in-app always,
 * email for alarms and announcements; push (to the devices the person turned it on for) like email. Emergencies
 * ignore preferences. `push` may be left out (stored before web push existed): it then follows the default.
 */
const channelsSchema = z.object({ inApp: z.boolean(), email: z.boolean(), push: z.boolean().optional() });
export const notificationPrefsSchema = z.partialRecord(z.enum(NOTIFICATION_KINDS), channelsSchema);
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;
export type Channels = Record<NotificationChannel, boolean>;
export const DEFAULT_CHANNELS: Record<NotificationKind, Channels> = {
  ticket: { inApp: true, email: true, push: true },
  mission: { inApp: true, email: false, push: false },
  reservation: { inApp: true, email: true, push: true },
  device: { inApp: true, email: false, push: false },
  system: { inApp: true, email: false, push: false },
  alarm: { inApp: true, email: true, push: true },
  announcement: { inApp: true, email: true, push: true },
  package: { inApp: true, email: true, push: true },
  amenity: { inApp: true, email: false, push: false },
  pass: { inApp: true, email: true, push: true },
};
export const ALL_CHANNELS: Channels = { inApp: true, email: true, push: true };
export const channelsFor = (prefs: NotificationPrefs | null, kind: NotificationKind): Channels => {
  const chosen = prefs?.[kind];
  const fallback = DEFAULT_CHANNELS[kind];
  return chosen ? { inApp: chosen.inApp, email: chosen.email, push: chosen.push ?? fallback.push } : fallback;
};
