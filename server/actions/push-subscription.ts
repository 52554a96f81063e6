"use server";

import { pushSubscriptionInputSchema, pushUnsubscribeInputSchema } from "@/lib/domain/push-subscription";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { subscribePush, unsubscribePush } from "../services/notifications/push-subscriptions";
import { action } from "./action";

/** This browser receives the caller's pushes from now on. */
export const subscribePushAction = action(
  pushSubscriptionInputSchema,
  async function subscribe(input, actor) {
    return subscribePush(actor, input);
  },
  { capability: "notification.read" },
);

/** This browser stops receiving the caller's pushes (it knows its endpoint). */
export const unsubscribePushAction = action(
  pushUnsubscribeInputSchema,
  async function unsubscribe(input, actor) {
    await unsubscribePush(actor, { endpoint: input.endpoint });
    return { removed: true };
  },
  { capability: "notification.read" },
);

/** One of the caller's devices stops receiving pushes (from the list of devices). */
export const removePushDeviceAction = action(
  idParamsSchema,
  async function removeDevice(input, actor) {
    await unsubscribePush(actor, { id: input.id });
    return { removed: true };
  },
  { capability: "notification.read" },
);
