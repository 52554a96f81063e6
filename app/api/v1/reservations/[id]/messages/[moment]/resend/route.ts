import { guestMessageOperations } from "@/server/http/openapi/resources/guest-messages";
import { apiRoute, json } from "@/server/http/route";
import { resendStayMessage } from "@/server/services/guest-messages/resend-stay-message";

export const POST = apiRoute(guestMessageOperations.resendStayMessage, async ({ actor, params }) =>
  json(await resendStayMessage(actor, params.id, params.moment)),
);
