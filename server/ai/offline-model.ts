import "server-only";
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3Message,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { contextualQuestion } from "./follow-up";
import { isSecretRequest, matchesAny, routeIntent } from "./intents";
import { documentAnswer, pickSentences, quoteBlock } from "./offline-answer";
import { summarizeToolResults } from "./offline-tool-summary";
import { phrase } from "./phrases";
import { parseSystemPrompt } from "./prompt";
import { TOOL } from "./tool-names";

/**
 * A language model with no weights, the local default (`AI_PROVIDER=offline`). It answers from the passages in
 * its system prompt by quoting them with their source numbers, routes clear requests to tools deterministically,
 * summarizes tool results with fixed phrases from the chat catalogs, and streams its text in small chunks.
 * Acting never replaces answering: after a tool ran (a mission, a hand-over to staff), the reply also quotes
 * what the documents say about the question (the response time, the assembly point, the shut-off valve).
 * A follow-up ("and on Sundays?") is read with the person's previous question.
 */
export class OfflineLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "buildingos.offline";
  readonly modelId = "offline-quoting";
  readonly supportedUrls = {};
  constructor(private readonly opts: { chunkDelayMs?: number } = {}) {}

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const content = respond(options);
    return {
      content,
      finishReason: finishOf(content),
      usage: usageOf(options, content),
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV3CallOptions) {
    const content = respond(options);
    const delay = this.opts.chunkDelayMs ?? 0;
    const signal = options.abortSignal;
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      async start(controller) {
        controller.enqueue({ type: "stream-start", warnings: [] });
        for (const [i, part] of content.entries()) {
          if (part.type === "text") {
            const id = `t${i}`;
            controller.enqueue({ type: "text-start", id });
            for (const delta of chunks(part.text)) {
              if (signal?.aborted) break;
              controller.enqueue({ type: "text-delta", id, delta });
              if (delay > 0) await new Promise((r) => setTimeout(r, delay));
            }
            controller.enqueue({ type: "text-end", id });
          } else controller.enqueue(part as LanguageModelV3StreamPart);
        }
        controller.enqueue({
          type: "finish",
          finishReason: finishOf(content),
          usage: usageOf(options, content),
        });
        controller.close();
      },
    });
    return { stream };
  }
}

/** A few words per chunk, keeping the spaces and line breaks, so streamed text reassembles exactly. */
export function chunks(text: string, words = 3): string[] {
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += words) out.push(tokens.slice(i, i + words).join(""));
  return out;
}

function respond(options: LanguageModelV3CallOptions): LanguageModelV3Content[] {
  const system = options.prompt
    .filter((m): m is Extract<LanguageModelV3Message, { role: "system" }> => m.role === "system")
    .map((m) => m.content)
    .join("\n");
  const parsed = parseSystemPrompt(system);
  const last = options.prompt.at(-1);
  const text = (s: string): LanguageModelV3Content[] => [{ type: "text", text: s }];
  if (!last) return text(phrase(parsed.language, "noAnswer", { contact: parsed.contact }));
  const userTexts = options.prompt
    .filter((m): m is Extract<LanguageModelV3Message, { role: "user" }> => m.role === "user")
    .map((m) =>
      m.content
        .filter((p) => p.type === "text")
        .map((p) => p.text)
        .join(" "),
    );
  const note = parsed.languageNote ? `${parsed.languageNote}\n\n` : "";
  if (last.role === "tool") {
    const done = summarizeToolResults(last.content, parsed);
    const asked = userTexts.at(-1) ?? "";
    // a question passed to staff was not in the documents: nothing to quote beside it
    const passed = last.content.every((p) => p.type === "tool-result" && p.toolName === TOOL.passToStaff);
    const picked = asked && !passed ? pickSentences(asked, parsed.sources, undefined, true) : [];
    const facts = picked.length
      ? `\n\n${phrase(parsed.language, "fromDocumentsToo")}\n\n${quoteBlock(picked)}`
      : "";
    return text(`${note}${done}${facts}`);
  }
  const question = last.role === "user" ? (userTexts.at(-1) ?? "") : "";
  if (isSecretRequest(question)) return text(phrase(parsed.language, "refuseSecret"));
  const refused = matchesAny(question, parsed.refuseTopics);
  if (refused) return text(phrase(parsed.language, "refuse", { topic: refused, contact: parsed.contact }));
  const tools = new Set((options.tools ?? []).map((t) => t.name));
  const trigger = matchesAny(question, parsed.escalationTriggers);
  const intent =
    trigger && tools.has(TOOL.handOver)
      ? { tool: TOOL.handOver, input: { reason: question.slice(0, 500), urgent: true } }
      : routeIntent(question, tools);
  const call = (tool: string, input: Record<string, unknown>): LanguageModelV3Content[] => [
    {
      type: "tool-call",
      toolCallId: `call_${Math.random().toString(36).slice(2, 10)}`,
      toolName: tool,
      input: JSON.stringify(input),
    },
  ];
  if (intent) return call(intent.tool, intent.input);
  const previous = userTexts.slice(0, -1);
  const contextual = contextualQuestion(question, previous);
  const context = contextual === question ? undefined : previous.at(-1);
  const answer = documentAnswer(question, parsed, context);
  if (answer) return text(`${note}${answer}`);
  // not in the documents: a real question goes to the staff inbox (where the asker may pass it), else say so
  if (tools.has(TOOL.passToStaff) && isQuestion(question)) {
    return call(TOOL.passToStaff, { question: question.trim().slice(0, 500) });
  }
  return text(`${note}${phrase(parsed.language, "noAnswer", { contact: parsed.contact || "staff" })}`);
}

const QUESTION_START =
  /^\s*(what|where|when|how|who|whom|which|why|is|are|can|could|do|does|did|may|will|would|should|qu[eé]|d[oó]nde|cu[aá]ndo|c[oó]mo|qui[eé]n|cu[aá]l|cu[aá]nto|hay|puedo|podemos|se puede|o que|onde|quando|quem|qual|quanto|tem|posso|podemos|existe)\b/i;

/** A question someone could answer (not "thanks!" or "hello"): it asks, by its mark or its first word. */
export function isQuestion(text: string): boolean {
  return /[?¿]/.test(text) || QUESTION_START.test(text);
}

const finishOf = (content: LanguageModelV3Content[]) => ({
  unified: content.some((c) => c.type === "tool-call") ? ("tool-calls" as const) : ("stop" as const),
  raw: undefined,
});

function usageOf(
  options: LanguageModelV3CallOptions,
  content: LanguageModelV3Content[],
): LanguageModelV3Usage {
  const input = JSON.stringify(options.prompt).length / 4;
  const output = content.reduce((n, c) => n + (c.type === "text" ? c.text.length / 4 : 10), 0);
  return {
    inputTokens: {
      total: Math.round(input),
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: Math.round(output), text: undefined, reasoning: undefined },
  };
}
