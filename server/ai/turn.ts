import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import {
  createUIMessageStream,
  createUIMessageStreamResponse,
  generateText,
  type ModelMessage,
  stepCountIs,
  streamText,
} from "ai";
import type { ChatRequest, ChatUIMessage, ConciergeResponse } from "@/lib/domain/chat";
import type { Citation, ConciergeInput, ConversationDTO, MessagePart } from "@/lib/domain/conversation";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import {
  conversationMessages,
  openConversation,
  recordExchange,
} from "../services/concierge/concierge-conversations";
import { findClaimedHandover, relayToStaff } from "../services/handover/relay-to-staff";
import { consumeChatBudget } from "./chat-rate-limit";
import { type ConciergeSetup, citationsIn, prepareConcierge } from "./concierge";
import { historyForTurn, textOf, toModelHistory } from "./history";
import { doorPinsIn, maskDoorCodes } from "./mask-door-codes";

export const MAX_STEPS = 4;

type Options = { locale: string | null; model?: LanguageModelV3 };

/** The conversation is with a person from the staff: the concierge stays quiet (`relayToStaff`). */
type Paused = {
  paused: true;
  conversation: ConversationDTO;
  note: string;
  questionId: string;
  answerId: string;
};

/** One concierge turn before the model runs, the same for every transport. */
type Turn = {
  conversation: ConversationDTO;
  setup: ConciergeSetup;
  /** the stored history (less the answers a retry replaces) and the question, as the model reads them */
  messages: ModelMessage[];
  missionId: () => string | null;
  /** store the answer's parts (door PINs masked by the caller) with the citations found in its text */
  record: (
    answerParts: MessagePart[],
    citations: Citation[],
    ids?: { questionId: string; answerId: string },
  ) => Promise<void>;
};

/**
 * Rate limit, the person's conversation (opened or continued), its last 20 messages, and the retrieval, prompt,
 * model and tools for this actor (`prepareConcierge`); a retry of the last question replaces its answers.
 */
async function startTurn(
  actor: Actor,
  input: { conversationId: string; text: string; channel: "web" | "api"; retry: boolean },
  opts: Options,
): Promise<Turn | Paused> {
  await consumeChatBudget(actor);
  const conversation = await openConversation(actor, {
    conversationId: input.conversationId,
    title: input.text,
    channel: input.channel,
  });
  const withStaff = input.retry ? null : await findClaimedHandover(actor, conversation.id);
  if (withStaff) {
    const relayed = await relayToStaff(actor, {
      conversation,
      handover: withStaff,
      text: input.text,
      locale: opts.locale,
    });
    return { paused: true, conversation, ...relayed };
  }
  const { messages: stored } = await conversationMessages(actor, conversation.id, 20);
  const { history, storeQuestion, replaces } = historyForTurn(stored, input.text, input.retry);
  let missionId: string | null = null;
  const setup = await prepareConcierge(actor, {
    question: input.text,
    locale: opts.locale,
    model: opts.model,
    previousQuestions: history.filter((m) => m.role === "user").map(textOf),
    tools: { conversationId: conversation.id, onMission: (id) => (missionId = id) },
  });
  return {
    conversation,
    setup,
    messages: [...toModelHistory(history), { role: "user", content: input.text }],
    missionId: () => missionId,
    record: (answerParts, citations, ids) =>
      recordExchange(conversation, {
        userText: storeQuestion ? input.text : null,
        answerParts,
        citations,
        missionId,
        ...ids,
        replaces,
      }),
  };
}

/** `POST /api/v1/concierge`: the same persona, rules and tools as the chat page, answered in one response. */
export async function answerConcierge(
  actor: Actor,
  input: ConciergeInput,
  opts: Options = { locale: null },
): Promise<ConciergeResponse> {
  const turn = await startTurn(
    actor,
    { conversationId: input.conversationId ?? newId(), text: input.message, channel: "api", retry: false },
    opts,
  );
  if ("paused" in turn) return { answer: turn.note, conversationId: turn.conversation.id, citations: [] };
  const { conversation, setup } = turn;
  let text: string;
  let pins: string[] = [];
  try {
    const result = await generateText({
      model: setup.model,
      system: setup.system,
      messages: turn.messages,
      tools: setup.tools,
      stopWhen: stepCountIs(MAX_STEPS),
    });
    // the stored copy never holds a door PIN the tool returned (the reply below still shows it)
    pins = doorPinsIn(result.steps.flatMap((s) => s.toolResults.map((r) => r.output)));
    text = result.text;
  } catch (e) {
    logger.error("concierge model failed", { conversationId: conversation.id, error: String(e) });
    throw new AppError("unavailable", "The concierge is unavailable right now. Try again shortly.");
  }
  const citations = citationsIn(text, setup.passages);
  await turn.record(maskDoorCodes([{ type: "text", text }], pins), citations);
  const missionId = turn.missionId();
  return {
    answer: text,
    conversationId: conversation.id,
    citations: citations.map((c) => ({ ...c, excerpt: c.excerpt.slice(0, 500) })),
    ...(missionId ? { missionId } : {}),
  };
}

/**
 * The chat page's turn, streamed as an AI SDK UI message stream: citations and the mission go after the text as
 * data parts, and the exchange is stored when the stream ends (also when stopped). Model failures reach the
 * browser as the code `unavailable`, never as the provider's message.
 */
export async function streamChatTurn(
  actor: Actor,
  input: ChatRequest,
  opts: Options & { signal?: AbortSignal },
): Promise<Response> {
  const turn = await startTurn(
    actor,
    {
      conversationId: input.conversationId,
      text: input.text,
      channel: "web",
      retry: input.trigger === "regenerate-message",
    },
    opts,
  );
  if ("paused" in turn) return pausedResponse(turn);
  const { conversation, setup } = turn;
  const ids = { questionId: newId(), answerId: newId() };
  let citations: Citation[] = [];

  const stream = createUIMessageStream<ChatUIMessage>({
    execute: async ({ writer }) => {
      const result = streamText({
        model: setup.model,
        system: setup.system,
        messages: turn.messages,
        tools: setup.tools,
        stopWhen: stepCountIs(MAX_STEPS),
        abortSignal: opts.signal,
      });
      const ui = result.toUIMessageStream<ChatUIMessage>({
        sendFinish: false,
        generateMessageId: () => ids.answerId,
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
      const missionId = turn.missionId();
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
      await turn
        .record(maskDoorCodes(parts), citations, ids)
        .catch((e) => logger.error("saving the chat turn failed", { error: String(e) }));
    },
  });
  return createUIMessageStreamResponse({ stream });
}

/** The one line a paused turn answers with, streamed as the chat page expects (already stored). */
function pausedResponse(turn: Paused): Response {
  const stream = createUIMessageStream<ChatUIMessage>({
    execute: ({ writer }) => {
      writer.write({
        type: "start",
        messageId: turn.answerId,
        messageMetadata: { conversationId: turn.conversation.id, offline: false },
      });
      writer.write({ type: "text-start", id: "paused" });
      writer.write({ type: "text-delta", id: "paused", delta: turn.note });
      writer.write({ type: "text-end", id: "paused" });
      writer.write({ type: "finish" });
    },
  });
  return createUIMessageStreamResponse({ stream });
}
