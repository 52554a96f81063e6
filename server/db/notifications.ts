import "server-only";
import type { Notification } from "@/lib/domain/notification";
import { toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { putItem } from "./write";

type U = { buildingId: string; userId: string };

/** Notifications sit in the user's own partition (`BLD#b#USER#u`, `NOTIF#ulid`). */
export async function createNotification({
  notification,
}: {
  notification: Notification;
}): Promise<Notification> {
  const n = notification;
  await putItem(toItem(n, keys.notification(n.buildingId, n.userId, n.id)));
  return n;
}

/** Newest first; `unreadOnly` filters (a page may then hold fewer than `limit`). */
export async function listNotifications({
  buildingId,
  userId,
  unreadOnly = false,
  ...page
}: U & { unreadOnly?: boolean } & PageRequest): Promise<Page<Notification>> {
  return queryPage<Notification>({
    pk: partitions.user(buildingId, userId),
    sk: { beginsWith: "NOTIF#" },
    ascending: false,
    filter: unreadOnly ? { expression: "readAt = :null", values: { ":null": null } } : undefined,
    ...page,
  });
}

export async function markNotificationRead({
  buildingId,
  userId,
  notificationId,
}: U & { notificationId: string }) {
  return updateRecord<Notification>({
    key: keys.notification(buildingId, userId, notificationId),
    set: { readAt: new Date().toISOString() },
    what: "Notification",
  });
}
