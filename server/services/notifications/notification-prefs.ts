import "server-only";
import {
  type Channels,
  channelsFor,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPrefs,
} from "@/lib/domain/notification";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findNotificationPrefs, putNotificationPrefs } from "../../db/notifications";

export type EffectivePrefs = Record<NotificationKind, Channels>;

/** The caller's channels per kind, defaults filled in. Guests have no preferences (their stay decides). */
export async function getNotificationPrefs(actor: Actor): Promise<EffectivePrefs> {
  authorize(actor, "notification.read");
  const stored =
    actor.kind === "user"
      ? await findNotificationPrefs({ buildingId: actor.buildingId, userId: actor.id })
      : null;
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, channelsFor(stored, k)])) as EffectivePrefs;
}

/** Replaces the given kinds' channels for the caller (people with an account only). */
export async function updateNotificationPrefs(
  actor: Actor,
  patch: NotificationPrefs,
): Promise<EffectivePrefs> {
  authorize(actor, "notification.read");
  if (actor.kind !== "user") return getNotificationPrefs(actor);
  const current = (await findNotificationPrefs({ buildingId: actor.buildingId, userId: actor.id })) ?? {};
  await putNotificationPrefs({
    buildingId: actor.buildingId,
    userId: actor.id,
    prefs: { ...current, ...patch },
  });
  return getNotificationPrefs(actor);
}
