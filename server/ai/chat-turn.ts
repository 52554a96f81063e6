import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { createUIMessageStream, createUIMessageStreamResponse, stepCountIs, streamText } from "ai";
import type { ChatRequest, ChatUIMessage } from "@/lib/domain/chat";
import type { MessagePart } from "@/lib/domain/conversation";
import { newId } from "@/lib/domain/ids";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import {
  conversationMessages,
  openConversation,
  recordExchange,
} from "../services/concierge/concierge-conversations";
import { consumeChatBudget } from "./chat-rate-limit";
import { citationsIn, prepareConcierge } from "./concierge";
import { historyForTurn, toModelHistory } from "./history";
import { maskDoorCodes } from "./mask-door-codes";

export const MAX_STEPS = 4;

/**
 * One streamed chat turn: rate limit, the person's conversation, retrieval and tools for this actor, then the
 * model's answer as an AI SDK UI message stream; citations and the mission go after the text as data parts, and
 * the exchange is stored when the stream ends (also when stopped). Model failures reach the browser as the
 * code `unavailable`, never as the provider's message.
 */
export async function streamChatTurn(
  actor: Actor,
  input: ChatRequest,
  opts: { locale: string | null; signal?: AbortSignal; model?: LanguageModelV3 },
): Promise<Response> {
  await consumeChatBudget(actor);
  const conversation = await openConversation(actor, {
    conversationId: input.conversationId,
    title: input.text,
    channel: "web",
  });
  const { messages: stored } = await conversationMessages(actor, conversation.id, 20);
  const { history, storeQuestion, replaces } = historyForTurn(
    stored,
    input.text,
    input.trigger === "regenerate-message",
  );
  let missionId: string | null = null;
  const setup = await prepareConcierge(actor, {
    question: input.text,
    locale: opts.locale,
    model: opts.model,
    tools: { conversationId: conversation.id, onMission: (id) => (missionId = id) },
  });
  const questionId = newId();
  const answerId = newId();
  let citations: ReturnType<typeof citationsIn> = [];

  const stream = createUIMessageStream<ChatUIMessage>({
    execute: async ({ writer }) => {
      const result = streamText({
        model: setup.model,
        system: setup.system,
        messages: [...toModelHistory(history), { role: "user", content: input.text }],
        tools: setup.tools,
        stopWhen: stepCountIs(MAX_STEPS),
        abortSignal: opts.signal,
      });
      const ui = result.toUIMessageStream<ChatUIMessage>({
        sendFinish: false,
        generateMessageId: () => answerId,
        messageMetadata: ({ part }) =>
          part.type === "start" ? { conversationId: conversation.id, offline: setup.offline } : undefined,
        onError: (e) => {
          logger.error("concierge model failed", { conversationId: conversation.id, error: String(e) });
          return "unavailable";
        },
      });
      for await (const chunk of ui) writer.write(chunk);
      const text = await result.text;
      citations = citationsIn(text, setup.passages);
      if (citations.length) writer.write({ type: "data-citations", data: citations });
      if (missionId) writer.write({ type: "data-mission", data: { missionId } });
      writer.write({ type: "finish" });
    },
    onError: (e) => {
      logger.error("concierge turn failed", { conversationId: conversation.id, error: String(e) });
      return "unavailable";
    },
    onFinish: async ({ responseMessage }) => {
      const parts = responseMessage.parts as unknown as MessagePart[];
      if (!parts.some((p) => p.type === "text")) return; // nothing answered (model down): nothing to keep
      await recordExchange(conversation, {
        userText: storeQuestion ? input.text : null,
        answerParts: maskDoorCodes(parts),
        citations,
        missionId,
        questionId,
        answerId,
        replaces,
      }).catch((e) => logger.error("saving the chat turn failed", { error: String(e) }));
    },
  });
  return createUIMessageStreamResponse({ stream });
}
