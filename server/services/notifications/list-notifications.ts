import "server-only";
import { type NotificationDTO, toNotificationDTO } from "@/lib/domain/notification";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { shellMemo } from "../../auth/shell-memo";
import { countUnreadNotifications, listNotifications as listStored } from "../../db/notifications";

export type NotificationPage = { items: NotificationDTO[]; cursor: string | null; unread: number };

/** The caller's own notices, newest first, with their unread count (guests: their stay's). */
export async function listNotifications(
  actor: Actor,
  q: { unread?: boolean; limit?: number; cursor?: string },
): Promise<NotificationPage> {
  authorize(actor, "notification.read");
  const who = { buildingId: actor.buildingId, userId: actor.id };
  const [page, unread] = await Promise.all([
    listStored({ ...who, unreadOnly: q.unread ?? false, limit: q.limit ?? 50, cursor: q.cursor }),
    countUnread(actor),
  ]);
  return { items: page.items.map(toNotificationDTO), cursor: page.cursor, unread };
}

/**
 * Just the unread count (the bell). A signed-in page's first read (the shell's one BatchGetItem with the user)
 * brought it already: taken from the request's memo, so the shell does not read it again (issue 19).
 */
export async function countUnread(actor: Actor): Promise<number> {
  authorize(actor, "notification.read");
  const read = shellMemo().unread.get(`${actor.buildingId} ${actor.id}`);
  return read ?? countUnreadNotifications({ buildingId: actor.buildingId, userId: actor.id });
}
