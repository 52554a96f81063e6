import "server-only";
import { createHash } from "node:crypto";
import {
  type PushDeviceDTO,
  type PushSettings,
  type PushSubscriptionInput,
  pushSubscriptionInputSchema,
} from "@/lib/domain/push-subscription";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import {
  deletePushSubscription,
  listPushSubscriptions,
  type PushSubscriptionRecord,
  savePushSubscription,
} from "../../db/push-subscriptions";
import { pushEndpointAllowed } from "../../push/send-web-push";
import { vapid } from "../../push/vapid";

/** Our id of a browser's subscription: a hash of its endpoint (the endpoint itself is a capability URL). */
export const pushIdOf = (endpoint: string) =>
  createHash("sha256").update(endpoint, "utf8").digest("base64url").slice(0, 32);

const toDTO = (s: PushSubscriptionRecord): PushDeviceDTO => ({
  id: s.id,
  label: s.label,
  createdAt: s.createdAt,
});

/** Push is for people with an account: guests' stays and API tokens have no devices to push to. */
function personOf(actor: Actor) {
  authorize(actor, "notification.read");
  if (actor.kind !== "user") throw forbidden("Only people with an account can receive push notifications.");
  return { buildingId: actor.buildingId, userId: actor.id };
}

/** Whether push is on (a VAPID pair is configured), the key to subscribe with, and the caller's devices. */
export async function getPushSettings(actor: Actor): Promise<PushSettings> {
  authorize(actor, "notification.read");
  const identity = vapid();
  const devices =
    actor.kind === "user"
      ? (await listPushSubscriptions({ buildingId: actor.buildingId, userId: actor.id })).map(toDTO)
      : [];
  return {
    enabled: identity !== null && actor.kind === "user",
    publicKey: identity?.publicKey ?? null,
    devices,
  };
}

/**
 * Keeps a browser's subscription for the caller (subscribing the same browser again replaces it; a browser
 * someone else had subscribed becomes the caller's). 409 when push is off in this installation.
 */
export async function subscribePush(actor: Actor, input: PushSubscriptionInput): Promise<PushDeviceDTO> {
  const who = personOf(actor);
  if (!vapid()) throw new AppError("conflict", "Push notifications are not set up in this installation.");
  const sub = pushSubscriptionInputSchema.parse(input);
  if (!pushEndpointAllowed(sub.endpoint)) {
    const message = "This push endpoint is not allowed.";
    throw new AppError("validation", message, { fields: { endpoint: [message] } });
  }
  const saved = await savePushSubscription({
    id: pushIdOf(sub.endpoint),
    ...who,
    endpoint: sub.endpoint,
    p256dh: sub.keys.p256dh.replace(/=+$/, ""),
    auth: sub.keys.auth.replace(/=+$/, ""),
    label: sub.label || "Browser",
    createdAt: new Date().toISOString(),
  });
  return toDTO(saved);
}

/** Removes one of the caller's devices, by our id (the list) or by its endpoint (the browser turning push off). */
export async function unsubscribePush(
  actor: Actor,
  by: { id: string } | { endpoint: string },
): Promise<void> {
  const who = personOf(actor);
  const id = "id" in by ? by.id : pushIdOf(by.endpoint);
  const removed = await deletePushSubscription({ ...who, id });
  if (!removed && "id" in by) throw notFound("Push device");
}
