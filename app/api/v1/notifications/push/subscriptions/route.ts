import { pushOperations } from "@/server/http/openapi/resources/push";
import { apiRoute, json } from "@/server/http/route";
import { subscribePush } from "@/server/services/notifications/push-subscriptions";

export const POST = apiRoute(pushOperations.subscribePush, async ({ actor, body }) =>
  json({ device: await subscribePush(actor, body) }, 201),
);
