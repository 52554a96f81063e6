import "server-only";
import type { MarkNotificationsRead } from "@/lib/domain/notification";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { countUnreadNotifications, markNotificationsRead as markStored } from "../../db/notifications";

/** Marks some (or all) of the caller's own notices read; ids of anyone else's are simply not found. */
export async function markNotificationsRead(
  actor: Actor,
  input: MarkNotificationsRead,
): Promise<{ marked: number; unread: number }> {
  authorize(actor, "notification.read");
  const who = { buildingId: actor.buildingId, userId: actor.id };
  const marked = await markStored({
    ...who,
    ids: "all" in input ? "all" : input.ids,
    at: new Date().toISOString(),
  });
  return { marked, unread: await countUnreadNotifications(who) };
}
