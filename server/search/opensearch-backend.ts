import "server-only";
import { Client } from "@opensearch-project/opensearch";
import { AwsSigv4Signer } from "@opensearch-project/opensearch/aws-v3";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document";
import { type Config, config } from "../config";
import type { Embedder } from "./embeddings/embedder";
import { reciprocalRankFusion } from "./fusion";
import type { ChunkRecord, IndexableDocument, Passage, SearchBackend } from "./types";

/**
 * The production index: an OpenSearch domain (`OPENSEARCH_URL`; SigV4-signed with the environment's AWS
 * credentials when the host is an AWS endpoint). The adapter creates its index and mapping itself. A search is
 * hybrid: a filtered k-NN query and a filtered BM25 query in one `_msearch`, fused by reciprocal rank, so both
 * legs only ever see the building's chunks for the reader's audiences. Needs a real cluster; the tests check the
 * requests it sends against a test double.
 */

/** The part of the OpenSearch client the adapter uses (lets a test double stand in for a cluster). */
export type OpenSearchClientLike = {
  indices: {
    exists(params: { index: string }): Promise<{ body: boolean }>;
    create(params: { index: string; body: Record<string, unknown> }): Promise<unknown>;
  };
  bulk(params: { body: Record<string, unknown>[]; refresh?: boolean | "wait_for" }): Promise<{
    body: { errors: boolean; items?: unknown[] };
  }>;
  deleteByQuery(params: {
    index: string;
    body: Record<string, unknown>;
    refresh?: boolean;
  }): Promise<unknown>;
  count(params: { index: string; body: Record<string, unknown> }): Promise<{ body: { count: number } }>;
  msearch(params: { index: string; body: Record<string, unknown>[] }): Promise<{
    body: { responses: { hits?: { hits: { _id: string; _source: Source }[] }; error?: unknown }[] };
  }>;
};

type Source = {
  chunk_id: string;
  document_id: string;
  building_id: string;
  title: string;
  text: string;
  ordinal: number;
  audience: Audience[];
};

export function indexNameFor(embedder: Embedder, prefix = config().OPENSEARCH_INDEX) {
  return `${prefix}-${embedder.id}`.toLowerCase().replace(/[^a-z0-9_-]/g, "-");
}

/** Index settings and mapping: a knn_vector, analysed text and exact keyword fields for the filters. */
export function indexBody(dimensions: number) {
  return {
    settings: { index: { knn: true, number_of_shards: 1 } },
    mappings: {
      dynamic: "strict",
      properties: {
        chunk_id: { type: "keyword" },
        document_id: { type: "keyword" },
        building_id: { type: "keyword" },
        audience: { type: "keyword" },
        title: { type: "text", analyzer: "english" },
        text: { type: "text", analyzer: "english" },
        ordinal: { type: "integer" },
        vector: {
          type: "knn_vector",
          dimension: dimensions,
          method: { name: "hnsw", engine: "lucene", space_type: "cosinesimil" },
        },
      },
    },
  };
}

/** The filter both legs apply before scoring: this building, one of the reader's audiences. */
export function scopeFilter(buildingId: string, audiences: Audience[]) {
  return {
    bool: {
      filter: [
        { term: { building_id: buildingId } },
        { terms: { audience: audiences.filter((a) => (AUDIENCES as readonly string[]).includes(a)) } },
      ],
    },
  };
}

export function hybridSearchBodies({
  buildingId,
  audiences,
  query,
  vector,
  depth,
}: {
  buildingId: string;
  audiences: Audience[];
  query: string;
  vector: number[];
  depth: number;
}) {
  const filter = scopeFilter(buildingId, audiences);
  const source = { excludes: ["vector"] };
  return {
    knn: { size: depth, _source: source, query: { knn: { vector: { vector, k: depth, filter } } } },
    bm25: {
      size: depth,
      _source: source,
      query: {
        bool: {
          must: [{ multi_match: { query, fields: ["text", "title^0.5"] } }],
          filter: filter.bool.filter,
        },
      },
    },
  };
}

const docQuery = (buildingId: string, documentId: string) => ({
  query: { bool: { filter: [{ term: { building_id: buildingId } }, { term: { document_id: documentId } }] } },
});

export function clientFromEnv(env: Config = config()): OpenSearchClientLike {
  const node = env.OPENSEARCH_URL;
  if (!node) throw new Error("OPENSEARCH_URL must be set to use the OpenSearch search backend");
  const onAws = /\.amazonaws\.com(:\d+)?\/?$/.test(new URL(node).host) || env.OPENSEARCH_AWS_AUTH;
  const signer = onAws
    ? AwsSigv4Signer({
        region: env.AWS_REGION,
        service: env.OPENSEARCH_SERVICE,
      })
    : {};
  return new Client({ node, ...signer }) as unknown as OpenSearchClientLike;
}

export function createOpenSearchBackend({
  embedder,
  client = clientFromEnv(),
  index = indexNameFor(embedder),
}: {
  embedder: Embedder;
  client?: OpenSearchClientLike;
  index?: string;
}): SearchBackend {
  let ready: Promise<void> | undefined;
  const ensureIndex = () => {
    ready ??= (async () => {
      const { body: exists } = await client.indices.exists({ index });
      if (!exists) await client.indices.create({ index, body: indexBody(embedder.dimensions) });
    })().catch((e) => {
      ready = undefined;
      throw e;
    });
    return ready;
  };

  return {
    name: "opensearch",
    async replaceDocument(doc: IndexableDocument, chunks: ChunkRecord[]) {
      await ensureIndex();
      await client.deleteByQuery({ index, body: docQuery(doc.buildingId, doc.id), refresh: true });
      if (!chunks.length) return;
      const body = chunks.flatMap((c) => [
        { index: { _index: index, _id: `${c.buildingId}:${c.chunkId}` } },
        {
          chunk_id: c.chunkId,
          document_id: c.documentId,
          building_id: c.buildingId,
          title: c.title,
          text: c.text,
          ordinal: c.ordinal,
          audience: c.audience,
          vector: c.vector,
        },
      ]);
      const { body: result } = await client.bulk({ body, refresh: "wait_for" });
      if (result.errors) throw new Error(`OpenSearch refused some chunks of document ${doc.id}`);
    },
    async removeDocument(buildingId, documentId) {
      await ensureIndex();
      await client.deleteByQuery({ index, body: docQuery(buildingId, documentId), refresh: true });
    },
    async documentChunkCount(buildingId, documentId) {
      await ensureIndex();
      const { body } = await client.count({ index, body: docQuery(buildingId, documentId) });
      return body.count;
    },
    async search({ buildingId, audiences, query, k, vector }) {
      await ensureIndex();
      const { knn, bm25 } = hybridSearchBodies({
        buildingId,
        audiences,
        query,
        vector,
        depth: Math.max(k * 4, 20),
      });
      const { body } = await client.msearch({ index, body: [{}, knn, {}, bm25] });
      const lists = body.responses.map((r) => {
        if (r.error) throw new Error("OpenSearch search failed");
        // Checked again here: a passage outside the scope never leaves the adapter, whatever the cluster returns.
        return (r.hits?.hits ?? [])
          .map((h) => h._source)
          .filter((s) => s.building_id === buildingId && s.audience.some((a) => audiences.includes(a)));
      });
      return reciprocalRankFusion(lists, (s) => s.chunk_id)
        .slice(0, k)
        .map(
          ({ item, score }): Passage => ({
            documentId: item.document_id,
            title: item.title,
            chunkId: item.chunk_id,
            text: item.text,
            score,
            audience: item.audience,
          }),
        );
    },
  };
}
