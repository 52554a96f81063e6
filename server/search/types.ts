import type { Audience } from "@/lib/domain/knowledge-document";

/** One retrieved piece of a knowledge document, ready to quote and cite. */
export type Passage = {
  documentId: string;
  title: string;
  chunkId: string;
  text: string;
  /** higher is better; comparable only within one result list */
  score: number;
  /** the document's audiences (who may see it) */
  audience: Audience[];
};

/** The fields of a knowledge document the index needs. */
export type IndexableDocument = {
  id: string;
  buildingId: string;
  title: string;
  audience: Audience[];
};

export type SearchQuery = {
  buildingId: string;
  /** the reader's audiences; a passage is returned only if its document shares one of them */
  audiences: Audience[];
  query: string;
  k?: number;
};

/** One stored chunk with its embedding, as the adapters write it. */
export type ChunkRecord = {
  chunkId: string;
  documentId: string;
  buildingId: string;
  title: string;
  text: string;
  ordinal: number;
  audience: Audience[];
  vector: number[];
};

/**
 * What an index adapter (embedded LanceDB, OpenSearch) does. Filtering by building and audience happens inside
 * the adapter's query, before ranking, so no passage of another building or audience is ever a candidate.
 */
export interface SearchBackend {
  readonly name: string;
  /** replaces every chunk of the document with these */
  replaceDocument(doc: IndexableDocument, chunks: ChunkRecord[]): Promise<void>;
  removeDocument(buildingId: string, documentId: string): Promise<void>;
  /** how many chunks the index holds for the document (0 when none) */
  documentChunkCount(buildingId: string, documentId: string): Promise<number>;
  search(input: Required<SearchQuery> & { vector: number[] }): Promise<Passage[]>;
  /** folds recent writes into the indexes (LanceDB); a no-op where the store does it itself */
  optimize?(): Promise<void>;
  close?(): Promise<void>;
}
