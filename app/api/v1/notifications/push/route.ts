import { pushOperations } from "@/server/http/openapi/resources/push";
import { apiRoute, json } from "@/server/http/route";
import { getPushSettings } from "@/server/services/notifications/push-subscriptions";

export const GET = apiRoute(pushOperations.getPushSettings, async ({ actor }) =>
  json(await getPushSettings(actor)),
);
