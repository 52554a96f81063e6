import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { replyToHandover } from "@/server/services/handover/reply-handover";

export const POST = apiRoute(handoverOperations.replyToHandover, async ({ actor, params, body }) =>
  json(await replyToHandover(actor, params.id, body)),
);
