import "server-only";
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { type Config, config } from "../config";
import { OfflineLanguageModel } from "./offline-model";

export type ProviderName = "offline" | "bedrock" | "openai-compatible";

/**
 * The chat model, chosen by `AI_PROVIDER`:
 * - `offline` (default): no weights, no network (quotes the building's documents, routes clear requests to tools);
 * - `bedrock`: `BEDROCK_CHAT_MODEL` (default `anthropic.claude-3-5-haiku-20241022-v1:0`), AWS credentials from the environment;
 * - `openai-compatible`: `OPENAI_COMPATIBLE_BASE_URL`, `OPENAI_COMPATIBLE_CHAT_MODEL` (default `llama3.1`),
 *   `OPENAI_COMPATIBLE_API_KEY` (e.g. a local Ollama at http://localhost:11434/v1).
 */
export function providerName(env: Config = config()): ProviderName {
  return env.AI_PROVIDER;
}

export function chatModel(env: Config = config()): {
  model: LanguageModelV3;
  offline: boolean;
} {
  const name = providerName(env);
  if (name === "bedrock") {
    const bedrock = createAmazonBedrock({ region: env.AWS_REGION });
    return {
      model: bedrock(env.BEDROCK_CHAT_MODEL),
      offline: false,
    };
  }
  if (name === "openai-compatible") {
    const baseURL = env.OPENAI_COMPATIBLE_BASE_URL;
    if (!baseURL)
      throw new Error("OPENAI_COMPATIBLE_BASE_URL must be set when AI_PROVIDER=openai-compatible");
    const provider = createOpenAICompatible({
      name: "openai-compatible",
      baseURL,
      apiKey: env.OPENAI_COMPATIBLE_API_KEY,
    });
    return { model: provider.chatModel(env.OPENAI_COMPATIBLE_CHAT_MODEL), offline: false };
  }
  return {
    model: new OfflineLanguageModel({ chunkDelayMs: env.OFFLINE_MODEL_CHUNK_DELAY_MS }),
    offline: true,
  };
}
