import { requestLocale } from "@/server/ai/request-locale";
import { streamChatTurn } from "@/server/ai/turn";
import { pageOperations } from "@/server/http/openapi/resources/chat";
import { apiRoute } from "@/server/http/route";

/** The chat page's stream (AI SDK UI message stream): session or guest session, zod-checked, rate-limited. */
export const POST = apiRoute(pageOperations.streamChatTurn, async ({ actor, body, request }) =>
  streamChatTurn(actor, body, { locale: requestLocale(actor, request), signal: request.signal }),
);
