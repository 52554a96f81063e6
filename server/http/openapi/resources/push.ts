import "server-only";
import { z } from "zod";
import {
  pushDeviceDTOSchema,
  pushSettingsSchema,
  pushSubscriptionInputSchema,
} from "@/lib/domain/push-subscription";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

/** Web push to the installed app (issue 16): the building's VAPID key and each person's subscribed devices. */
export const pushOperations = defineOperations({
  getPushSettings: {
    method: "get",
    path: "/api/v1/notifications/push",
    tag: "Notifications",
    summary: "Web push: whether it is on, the VAPID public key, and the caller's devices",
    description:
      "`publicKey` is the building's VAPID public key (URL-safe base64): pass it to `PushManager.subscribe` as `applicationServerKey`. `enabled` is false when the installation has no VAPID pair, and for guests and API tokens (push is for people with an account).",
    capability: "notification.read",
    responses: { 200: { description: "Push settings", schema: pushSettingsSchema } },
  },
  subscribePush: {
    method: "post",
    path: "/api/v1/notifications/push/subscriptions",
    tag: "Notifications",
    summary: "Receive pushes on this browser",
    description:
      "The body is the browser's `PushSubscription.toJSON()` (an https endpoint, `keys.p256dh`, `keys.auth`) plus an optional `label`. The same browser subscribing again replaces its entry; a browser another person had subscribed becomes the caller's. Kinds of notice whose `push` channel the caller chose (GET/PUT /api/v1/notifications/preferences) are then pushed to it, encrypted (RFC 8291) and VAPID-signed. A push service answering 404 or 410 removes the device. At most 10 devices per person (the oldest goes). 403 for guests and API tokens; 409 when push is off.",
    capability: "notification.read",
    body: pushSubscriptionInputSchema,
    responses: {
      201: { description: "The device", schema: z.object({ device: pushDeviceDTOSchema }) },
    },
    errors: [409],
  },
  removePushSubscription: {
    method: "delete",
    path: "/api/v1/notifications/push/subscriptions/{id}",
    tag: "Notifications",
    summary: "Stop pushing to one of the caller's devices",
    description: "`id` from GET /api/v1/notifications/push. The browser's own subscription is not touched.",
    capability: "notification.read",
    params: idParamsSchema,
    responses: { 204: { description: "Removed" } },
    errors: [404],
  },
});
