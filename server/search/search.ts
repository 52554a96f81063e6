import "server-only";
import type { Audience } from "@/lib/domain/knowledge-document";
import { type Config, config } from "../config";
import { chunkDocument } from "./chunk";
import { type Embedder, embedderFromEnv } from "./embeddings/embedder";
import { expandQuery, lexicalRerank } from "./lexical-rerank";
import type { IndexableDocument, Passage, SearchBackend, SearchQuery } from "./types";

export type { IndexableDocument, Passage, SearchQuery } from "./types";

/**
 * The concierge's knowledge index: one interface over two adapters, chosen by the environment.
 * `SEARCH_BACKEND=opensearch` (or `OPENSEARCH_URL` set without `SEARCH_BACKEND`) uses OpenSearch;
 * anything else the embedded LanceDB store under `VECTOR_DIR` (default `.data/vectors`).
 */
type Engine = { backend: SearchBackend; embedder: Embedder };
/**
 * One engine per process, kept on globalThis: Next.js bundles each route (and instrumentation) with its own copy
 * of this module, and the embedded backend's in-memory mirror must be the one the writes went to. A manager's
 * upload (a server action) must be searchable by the next question in the chat route at once.
 */
const holder = globalThis as typeof globalThis & { __buildingosSearchEngine?: Promise<Engine> };

export function searchBackendName(env: Config = config()): "lancedb" | "opensearch" {
  return env.SEARCH_BACKEND ?? (env.OPENSEARCH_URL ? "opensearch" : "lancedb");
}

async function createEngine(): Promise<Engine> {
  const embedder = embedderFromEnv();
  if (searchBackendName() === "opensearch") {
    const { createOpenSearchBackend } = await import("./opensearch-backend");
    return { embedder, backend: createOpenSearchBackend({ embedder }) };
  }
  const { createLanceBackend } = await import("./lancedb-backend");
  return { embedder, backend: await createLanceBackend({ embedder }) };
}

function getEngine(): Promise<Engine> {
  holder.__buildingosSearchEngine ??= createEngine().catch((e) => {
    holder.__buildingosSearchEngine = undefined;
    throw e;
  });
  return holder.__buildingosSearchEngine;
}

/** Tests and benchmarks point the index at their own backend (e.g. a LanceDB in a temp dir). */
export function setSearchEngineForTesting(next: Engine | undefined) {
  holder.__buildingosSearchEngine = next ? Promise.resolve(next) : undefined;
}

/**
 * The best passages of the building's documents that the reader's audiences may see. The adapter searches with
 * the question's vector and its keywords widened by the building vocabulary (`expandQuery`), returns a deeper
 * list, and the lexical layer re-ranks it (`lexicalRerank`) before the top `k` are kept.
 */
export async function searchKnowledge({
  buildingId,
  audiences,
  query,
  k = 5,
}: SearchQuery): Promise<Passage[]> {
  const q = query.trim();
  const allowed = [...new Set(audiences)] as Audience[];
  if (!q || allowed.length === 0 || k <= 0) return [];
  const { backend, embedder } = await getEngine();
  const [vector] = await embedder.embed([q]);
  const depth = Math.max(k * 4, 20);
  const candidates = await backend.search({
    buildingId,
    audiences: allowed,
    query: expandQuery(q),
    k: depth,
    vector,
  });
  return lexicalRerank(q, candidates).slice(0, k);
}

/** Chunks, embeds and stores a document, replacing what the index held for it. Returns the chunk count. */
export async function indexDocument(doc: IndexableDocument, text: string): Promise<{ chunkCount: number }> {
  const { backend, embedder } = await getEngine();
  const pieces = chunkDocument(text);
  const vectors = pieces.length ? await embedder.embed(pieces.map((p) => `${doc.title}\n${p.text}`)) : [];
  await backend.replaceDocument(
    doc,
    pieces.map((p, i) => ({
      chunkId: `${doc.id}:${p.ordinal}`,
      documentId: doc.id,
      buildingId: doc.buildingId,
      title: doc.title,
      text: p.text,
      ordinal: p.ordinal,
      audience: doc.audience,
      vector: vectors[i],
    })),
  );
  return { chunkCount: pieces.length };
}

export async function removeDocument(buildingId: string, documentId: string): Promise<void> {
  const { backend } = await getEngine();
  await backend.removeDocument(buildingId, documentId);
}

/** How many chunks the index holds for a document: lets start-up re-index what a fresh index lacks. */
export async function documentChunkCount(buildingId: string, documentId: string): Promise<number> {
  const { backend } = await getEngine();
  return backend.documentChunkCount(buildingId, documentId);
}

/** Folds recent writes into the index now (scripts call it before exiting; the app does it shortly after writes). */
export async function optimizeIndex(): Promise<void> {
  const { backend } = await getEngine();
  await backend.optimize?.();
}
