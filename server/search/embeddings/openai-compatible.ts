import "server-only";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { Config } from "../../config";
import { aiSdkEmbedder } from "./ai-sdk-embedder";

/**
 * Any OpenAI-style `/embeddings` endpoint (e.g. a local Ollama at http://localhost:11434/v1).
 * `OPENAI_COMPATIBLE_BASE_URL`, `OPENAI_COMPATIBLE_API_KEY`, `OPENAI_COMPATIBLE_EMBEDDING_MODEL`
 * (default `nomic-embed-text`), `OPENAI_COMPATIBLE_EMBEDDING_DIMENSIONS` (default 768).
 */
export function openAiCompatibleEmbedder(env: Config) {
  const baseURL = env.OPENAI_COMPATIBLE_BASE_URL;
  if (!baseURL) throw new Error("OPENAI_COMPATIBLE_BASE_URL must be set for openai-compatible embeddings");
  const modelId = env.OPENAI_COMPATIBLE_EMBEDDING_MODEL;
  const dimensions = env.OPENAI_COMPATIBLE_EMBEDDING_DIMENSIONS;
  const provider = createOpenAICompatible({
    name: "openai-compatible",
    baseURL,
    apiKey: env.OPENAI_COMPATIBLE_API_KEY,
  });
  return aiSdkEmbedder({
    id: `oai-${modelId}-${dimensions}`,
    dimensions,
    model: provider.embeddingModel(modelId),
  });
}
