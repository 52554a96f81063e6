import "server-only";
import type { Notification, NotificationPrefs } from "@/lib/domain/notification";
import { notFound } from "@/lib/errors";
import { rebuildUnreadCount, unreadDelta, unreadOf } from "./home-summaries";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { putItem, TransactionRefused, transactWrite, tx } from "./write";

type U = { buildingId: string; userId: string };

/**
 * Notifications sit in the user's own partition (`BLD#b#USER#u`, `NOTIF#ulid`). The person's unread counter
 * (issue 19: the shell reads it with the user) moves in the same transaction as the notice, here and when one is
 * read, so it stays exact with any number of instances.
 */
export async function createNotification({
  notification,
}: {
  notification: Notification;
}): Promise<Notification> {
  const n = notification;
  const item = toItem(n, keys.notification(n.buildingId, n.userId, n.id));
  if (n.readAt) await putItem(item);
  else {
    try {
      await transactWrite([tx.put(item, "attribute_not_exists(pk)"), unreadDelta(n.buildingId, n.userId, 1)]);
    } catch (e) {
      // the same notice written twice (a retried job): counted once
      if (!(e instanceof TransactionRefused && e.failedConditions.includes(0))) throw e;
    }
  }
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

/** Marks one notice read (a notice already read stays as it was); not found when it is not the person's. */
export async function markNotificationRead({
  buildingId,
  userId,
  notificationId,
}: U & { notificationId: string }): Promise<Notification> {
  const key = keys.notification(buildingId, userId, notificationId);
  await markReadOnce({ buildingId, userId, notificationId, at: new Date().toISOString() });
  const n = await getRecord<Notification>(key);
  if (!n) throw notFound("Notification");
  return n;
}

/** Sets readAt on a notice still unread and takes one off the counter, together; false when there was nothing to do. */
async function markReadOnce({
  buildingId,
  userId,
  notificationId,
  at,
}: U & { notificationId: string; at: string }) {
  try {
    await transactWrite([
      tx.update(
        keys.notification(buildingId, userId, notificationId),
        {
          UpdateExpression: "SET #r = :at",
          ExpressionAttributeNames: { "#r": "readAt" },
          ExpressionAttributeValues: { ":at": at },
        },
        "attribute_exists(pk) AND #r = :null",
        { ExpressionAttributeValues: { ":null": null } },
      ),
      unreadDelta(buildingId, userId, -1),
    ]);
    return true;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) return false;
    throw e;
  }
}

const unreadFilter = { expression: "readAt = :null", values: { ":null": null } };

/** Unread notices of one person: their counter (one GetItem), counted once from the notices if never built. */
export async function countUnreadNotifications({ buildingId, userId }: U): Promise<number> {
  const counted = unreadOf(await getRecord(keys.unreadCount(buildingId, userId)));
  return counted ?? rebuildUnreadCount({ buildingId, userId });
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
    // not found or already read: nothing to do
    if (await markReadOnce({ buildingId, userId, notificationId, at })) changed++;
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
