import { conciergeInputSchema } from "@/lib/domain/conversation";
import { answerConcierge } from "@/server/ai/answer-concierge";
import { requestLocale } from "@/server/ai/request-locale";
import { apiRoute, json } from "@/server/http/route";

export const POST = apiRoute(
  { body: conciergeInputSchema, capability: "concierge.chat" },
  async ({ actor, body, request }) =>
    json(await answerConcierge(actor, body, { locale: requestLocale(actor, request) })),
);
