import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText, stepCountIs } from "ai";
import type { ConciergeResponse } from "@/lib/domain/chat";
import type { ConciergeInput } from "@/lib/domain/conversation";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import {
  conversationMessages,
  openConversation,
  recordExchange,
} from "../services/concierge/concierge-conversations";
import { consumeChatBudget } from "./chat-rate-limit";
import { MAX_STEPS } from "./chat-turn";
import { citationsIn, prepareConcierge } from "./concierge";
import { toModelHistory } from "./history";
import { doorPinsIn, maskDoorCodes } from "./mask-door-codes";

/** `POST /api/v1/concierge`: the same persona, rules and tools as the chat page, answered in one response. */
export async function answerConcierge(
  actor: Actor,
  input: ConciergeInput,
  opts: { locale: string | null; model?: LanguageModelV3 } = { locale: null },
): Promise<ConciergeResponse> {
  await consumeChatBudget(actor);
  const conversation = await openConversation(actor, {
    conversationId: input.conversationId ?? newId(),
    title: input.message,
    channel: "api",
  });
  const { messages: stored } = await conversationMessages(actor, conversation.id, 20);
  let missionId: string | null = null;
  const setup = await prepareConcierge(actor, {
    question: input.message,
    locale: opts.locale,
    model: opts.model,
    tools: { conversationId: conversation.id, onMission: (id) => (missionId = id) },
  });
  let text: string;
  let pins: string[] = [];
  try {
    const result = await generateText({
      model: setup.model,
      system: setup.system,
      messages: [...toModelHistory(stored), { role: "user", content: input.message }],
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
  await recordExchange(conversation, {
    userText: input.message,
    answerParts: maskDoorCodes([{ type: "text", text }], pins),
    citations,
    missionId,
  });
  return {
    answer: text,
    conversationId: conversation.id,
    citations: citations.map((c) => ({ ...c, excerpt: c.excerpt.slice(0, 500) })),
    ...(missionId ? { missionId } : {}),
  };
}
