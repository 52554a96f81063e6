import { requestLocale } from "@/server/ai/request-locale";
import { answerConcierge } from "@/server/ai/turn";
import { missionOperations } from "@/server/http/openapi/resources/missions";
import { apiRoute, json } from "@/server/http/route";

export const POST = apiRoute(missionOperations.askConcierge, async ({ actor, body, request }) =>
  json(await answerConcierge(actor, body, { locale: requestLocale(actor, request) })),
);
