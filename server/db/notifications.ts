import "server-only";
import type { Notification, NotificationPrefs } from "@/lib/domain/notification";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { countQuery, type Page, type PageRequest, queryAll, queryPage } from "./query";
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

const unreadFilter = { expression: "readAt = :null", values: { ":null": null } };

/** Unread notices of one person (bounded: read ones are not counted, and people read them). */
export async function countUnreadNotifications({ buildingId, userId }: U): Promise<number> {
  return countQuery({
    pk: partitions.user(buildingId, userId),
    sk: { beginsWith: "NOTIF#" },
    filter: unreadFilter,
  });
}

/** Marks notices read, only those still unread (a notice of someone else is simply not there). */
export async function markNotificationsRead({
  buildingId,
  userId,
  ids,
  at,
}: U & { ids: string[] | "all"; at: string }): Promise<number> {
  const targets =
    ids === "all"
      ? (
          await queryAll<Notification>(
            { pk: partitions.user(buildingId, userId), sk: { beginsWith: "NOTIF#" }, filter: unreadFilter },
            1000,
          )
        ).map((n) => n.id)
      : ids;
  let changed = 0;
  for (const notificationId of targets) {
    try {
      await updateRecord<Notification>({
        key: keys.notification(buildingId, userId, notificationId),
        set: { readAt: at },
        what: "Notification",
        condition: { expression: "readAt = :null", values: { ":null": null } },
      });
      changed++;
    } catch {
      // not found or already read: nothing to do
    }
  }
  return changed;
}

export async function findNotificationPrefs({ buildingId, userId }: U): Promise<NotificationPrefs | null> {
  const r = await getRecord<{ prefs: NotificationPrefs }>(keys.notificationPrefs(buildingId, userId));
  return r?.prefs ?? null;
}

export async function putNotificationPrefs({ buildingId, userId, prefs }: U & { prefs: NotificationPrefs }) {
  await putItem({ ...keys.notificationPrefs(buildingId, userId), prefs });
  return prefs;
}
