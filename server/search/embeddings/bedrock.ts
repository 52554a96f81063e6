import "server-only";
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import type { Config } from "../../config";
import { aiSdkEmbedder } from "./ai-sdk-embedder";

/**
 * Titan text embeddings through Bedrock, with the AWS credentials of the environment (IAM role in production).
 * `BEDROCK_EMBEDDING_MODEL` (default `amazon.titan-embed-text-v2:0`), `BEDROCK_EMBEDDING_DIMENSIONS` (256|512|1024).
 */
export function bedrockEmbedder(env: Config) {
  const modelId = env.BEDROCK_EMBEDDING_MODEL;
  const dimensions = env.BEDROCK_EMBEDDING_DIMENSIONS;
  const bedrock = createAmazonBedrock({ region: env.AWS_REGION });
  return aiSdkEmbedder({
    id: `bedrock-${modelId}-${dimensions}`,
    dimensions,
    model: bedrock.embedding(modelId),
    providerOptions: { bedrock: { dimensions, normalize: true } },
  });
}
