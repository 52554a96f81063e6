"use server";

import { pushSubscriptionInputSchema, pushUnsubscribeInputSchema } from "@/lib/domain/push-subscription";
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
