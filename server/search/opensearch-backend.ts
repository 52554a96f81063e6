import "server-only";
import type { Embedder } from "./embeddings/embedder";
import type { SearchBackend } from "./types";

export function createOpenSearchBackend(_: { embedder: Embedder }): SearchBackend {
  throw new Error("The OpenSearch adapter is not built yet");
}
