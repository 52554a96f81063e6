import "server-only";
import { chatRequestSchema } from "@/lib/domain/chat";
import { defineOperations } from "../registry";

/**
 * Operations of the app's own pages that are not part of the public API: built like the others (one definition,
 * parsed and checked by apiRoute) but left out of API_OPERATIONS, so the OpenAPI document does not list them.
 */
export const pageOperations = defineOperations({
  streamChatTurn: {
    method: "post",
    path: "/api/chat",
    tag: "Concierge",
    summary: "The chat page's stream (AI SDK UI message stream)",
    description: "A session or a guest's stay; rate-limited. The page's transport, not a public operation.",
    capability: "concierge.chat",
    body: chatRequestSchema,
    responses: { 200: { description: "An AI SDK UI message stream", contentType: "text/event-stream" } },
    errors: [429],
  },
});
