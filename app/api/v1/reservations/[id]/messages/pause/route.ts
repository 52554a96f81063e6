import { guestMessageOperations } from "@/server/http/openapi/resources/guest-messages";
import { apiRoute, json } from "@/server/http/route";
import { pauseStayMessages } from "@/server/services/guest-messages/pause-stay-messages";

export const POST = apiRoute(guestMessageOperations.pauseStayMessages, async ({ actor, params, body }) =>
  json(await pauseStayMessages(actor, params.id, body.paused)),
);
