import { chatRequestSchema } from "@/lib/domain/chat";
import { requestLocale } from "@/server/ai/request-locale";
import { streamChatTurn } from "@/server/ai/turn";
import { apiRoute } from "@/server/http/route";

/** The chat page's stream (AI SDK UI message stream): session or guest session, zod-checked, rate-limited. */
export const POST = apiRoute(
  { body: chatRequestSchema, capability: "concierge.chat" },
  async ({ actor, body, request }) =>
    streamChatTurn(actor, body, { locale: requestLocale(actor, request), signal: request.signal }),
);
