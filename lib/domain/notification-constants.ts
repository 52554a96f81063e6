/**
 * Notification kinds and channels: values without schemas. Client components import them from here, so zod
 * stays out of their bundles; notification.ts re-exports them for server code.
 */

export const NOTIFICATION_KINDS = [
  "ticket",
  "mission",
  "reservation",
  "device",
  "system",
  "alarm",
  "announcement",
  "package",
  "amenity",
  "pass",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_CHANNELS = ["inApp", "email", "push"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
