import "server-only";
import { type EmbeddingModel, embedMany } from "ai";
import type { Embedder } from "./embedder";

/** An Embedder over any AI SDK embedding model (Bedrock Titan, OpenAI-compatible endpoints). */
export function aiSdkEmbedder({
  id,
  dimensions,
  model,
  providerOptions,
}: {
  id: string;
  dimensions: number;
  model: EmbeddingModel;
  providerOptions?: Parameters<typeof embedMany>[0]["providerOptions"];
}): Embedder {
  return {
    id,
    dimensions,
    async embed(texts) {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({ model, values: texts, providerOptions, maxParallelCalls: 4 });
      for (const e of embeddings) {
        if (e.length !== dimensions) {
          throw new Error(`Embedding model ${id} returned ${e.length} dimensions, expected ${dimensions}`);
        }
      }
      return embeddings;
    },
  };
}
