import "server-only";
import type { PushPayload } from "@/lib/domain/push-subscription";
import { deletePushSubscription, listPushSubscriptions } from "../../db/push-subscriptions";
import { logger } from "../../logger";
import { sendWebPush } from "../../push/send-web-push";
import { vapid } from "../../push/vapid";

/** A push payload is at most ~4 KB once encrypted: the body is cut well below that. */
const MAX_BODY = 1000;

/**
 * Sends a notice to every device the person turned push on for. A device whose push service answers 404/410
 * (unsubscribed in the browser, or expired) is deleted; other failures are logged and the device kept.
 * Returns how many devices took it. A push service's answer never throws (only a failed read of the devices does).
 */
export async function pushToPerson(
  who: { buildingId: string; userId: string },
  message: PushPayload,
  opts: { urgent?: boolean } = {},
): Promise<number> {
  if (!vapid()) return 0;
  const devices = await listPushSubscriptions(who);
  if (devices.length === 0) return 0;
  const payload = JSON.stringify({
    ...message,
    title: message.title.slice(0, 200),
    body: message.body.length > MAX_BODY ? `${message.body.slice(0, MAX_BODY - 1)}…` : message.body,
  } satisfies PushPayload);
  const outcomes = await Promise.all(
    devices.map(async (d) => {
      const res = await sendWebPush(
        { endpoint: d.endpoint, keys: { p256dh: d.p256dh, auth: d.auth } },
        payload,
        {
          urgency: opts.urgent ? "high" : "normal",
        },
      );
      if (res.outcome === "gone") await deletePushSubscription({ ...who, id: d.id });
      else if (res.outcome === "failed")
        logger.warn("push failed", { buildingId: who.buildingId, device: d.id, error: res.error });
      return res.outcome;
    }),
  );
  return outcomes.filter((o) => o === "sent").length;
}
