import "server-only";
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { aiSdkEmbedder } from "./ai-sdk-embedder";
import type { Env } from "./embedder";

/**
 * Titan text embeddings through Bedrock, with the AWS credentials of the environment (IAM role in production).
 * `BEDROCK_EMBEDDING_MODEL` (default `amazon.titan-embed-text-v2:0`), `BEDROCK_EMBEDDING_DIMENSIONS` (256|512|1024).
 */
export function bedrockEmbedder(env: Env) {
  const modelId = env.BEDROCK_EMBEDDING_MODEL || "amazon.titan-embed-text-v2:0";
  const dimensions = Number(env.BEDROCK_EMBEDDING_DIMENSIONS || 1024) as 256 | 512 | 1024;
  if (![256, 512, 1024].includes(dimensions))
    throw new Error("BEDROCK_EMBEDDING_DIMENSIONS must be 256, 512 or 1024");
  const bedrock = createAmazonBedrock({ region: env.AWS_REGION || "us-east-1" });
  return aiSdkEmbedder({
    id: `bedrock-${modelId}-${dimensions}`,
    dimensions,
    model: bedrock.embedding(modelId),
    providerOptions: { bedrock: { dimensions, normalize: true } },
  });
}
