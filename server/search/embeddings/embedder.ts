import "server-only";
import { bedrockEmbedder } from "./bedrock";
import { offlineEmbedder } from "./offline";
import { openAiCompatibleEmbedder } from "./openai-compatible";

/** Turns texts into vectors of one fixed size. `id` names the model so indexes of different models never mix. */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

export type Env = Record<string, string | undefined>;
export type EmbeddingsProvider = "offline" | "bedrock" | "openai-compatible";

/** `EMBEDDINGS_PROVIDER`, else the chat model's `AI_PROVIDER`, else offline (no weights, no network). */
export function embeddingsProviderName(env: Env = process.env): EmbeddingsProvider {
  const chosen = (env.EMBEDDINGS_PROVIDER ?? env.AI_PROVIDER ?? "offline").trim().toLowerCase();
  if (chosen === "bedrock" || chosen === "openai-compatible") return chosen;
  return "offline";
}

export function embedderFromEnv(env: Env = process.env): Embedder {
  const provider = embeddingsProviderName(env);
  if (provider === "bedrock") return bedrockEmbedder(env);
  if (provider === "openai-compatible") return openAiCompatibleEmbedder(env);
  return offlineEmbedder();
}
