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
import { isSecretRequest, matchesAny, routeIntent } from "./intents";
import { answerFromSources } from "./offline-answer";
import { summarizeToolResults } from "./offline-tool-summary";
import { phrase } from "./phrases";
import { parseSystemPrompt } from "./prompt";
import { TOOL } from "./tool-names";

/**
 * A language model with no weights, the local default (`AI_PROVIDER=offline`). It answers from the passages in
 * its system prompt by quoting them with their source numbers, routes clear requests to tools deterministically,
 * summarizes tool results with fixed phrases from the chat catalogs, and streams its text in small chunks.
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
  if (last.role === "tool") return text(summarizeToolResults(last.content, parsed));
  const question =
    last.role === "user"
      ? last.content
          .filter((p) => p.type === "text")
          .map((p) => p.text)
          .join(" ")
      : "";
  if (isSecretRequest(question)) return text(phrase(parsed.language, "refuseSecret"));
  const refused = matchesAny(question, parsed.refuseTopics);
  if (refused) return text(phrase(parsed.language, "refuse", { topic: refused, contact: parsed.contact }));
  const tools = new Set((options.tools ?? []).map((t) => t.name));
  const trigger = matchesAny(question, parsed.escalationTriggers);
  const intent =
    trigger && tools.has(TOOL.handOver)
      ? { tool: TOOL.handOver, input: { reason: question.slice(0, 500), urgent: true } }
      : routeIntent(question, tools);
  if (intent) {
    return [
      {
        type: "tool-call",
        toolCallId: `call_${Math.random().toString(36).slice(2, 10)}`,
        toolName: intent.tool,
        input: JSON.stringify(intent.input),
      },
    ];
  }
  return text(answerFromSources(question, parsed));
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
