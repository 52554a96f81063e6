import { conciergeInputSchema } from "@/lib/domain/conversation";
import { requestLocale } from "@/server/ai/request-locale";
import { answerConcierge } from "@/server/ai/turn";
import { apiRoute, json } from "@/server/http/route";

export const POST = apiRoute(
  { body: conciergeInputSchema, capability: "concierge.chat" },
  async ({ actor, body, request }) =>
    json(await answerConcierge(actor, body, { locale: requestLocale(actor, request) })),
);
