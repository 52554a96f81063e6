import "server-only";
import { type Config, config } from "../../config";
import { bedrockEmbedder } from "./bedrock";
import { offlineEmbedder } from "./offline";
import { openAiCompatibleEmbedder } from "./openai-compatible";

/** Turns texts into vectors of one fixed size. `id` names the model so indexes of different models never mix. */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

export type EmbeddingsProvider = "offline" | "bedrock" | "openai-compatible";

/** `EMBEDDINGS_PROVIDER`, else the chat model's `AI_PROVIDER` (default offline: no weights, no network). */
export function embeddingsProviderName(env: Config = config()): EmbeddingsProvider {
  return env.EMBEDDINGS_PROVIDER ?? env.AI_PROVIDER;
}

export function embedderFromEnv(env: Config = config()): Embedder {
  const provider = embeddingsProviderName(env);
  if (provider === "bedrock") return bedrockEmbedder(env);
  if (provider === "openai-compatible") return openAiCompatibleEmbedder(env);
  return offlineEmbedder();
}
