import { pushOperations } from "@/server/http/openapi/resources/push";
import { apiRoute } from "@/server/http/route";
import { unsubscribePush } from "@/server/services/notifications/push-subscriptions";

export const DELETE = apiRoute(pushOperations.removePushSubscription, async ({ actor, params }) => {
  await unsubscribePush(actor, { id: params.id });
  return new Response(null, { status: 204 });
});
