import { guestMessageOperations } from "@/server/http/openapi/resources/guest-messages";
import { apiRoute, json } from "@/server/http/route";
import { getMessageTemplates, saveMessageTemplates } from "@/server/services/guest-messages/templates";

export const GET = apiRoute(guestMessageOperations.getMessageTemplates, async ({ actor }) =>
  json(await getMessageTemplates(actor)),
);

export const PUT = apiRoute(guestMessageOperations.updateMessageTemplates, async ({ actor, body }) =>
  json(await saveMessageTemplates(actor, body.templates)),
);
