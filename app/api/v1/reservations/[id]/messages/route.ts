import { guestMessageOperations } from "@/server/http/openapi/resources/guest-messages";
import { apiRoute, json } from "@/server/http/route";
import { getStayTimeline } from "@/server/services/guest-messages/get-stay-timeline";

export const GET = apiRoute(guestMessageOperations.getStayMessages, async ({ actor, params }) =>
  json(await getStayTimeline(actor, params.id)),
);
