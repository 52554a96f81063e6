import { describe, expect, it } from "vitest";
import { offlineEmbedder } from "./embeddings/offline";
import { createOpenSearchBackend, type OpenSearchClientLike } from "./opensearch-backend";

/**
 * No OpenSearch server can run here: this test double records the requests the adapter sends and answers with
 * canned responses, so the tests check the adapter's side of the contract (mapping, filtered hybrid query,
 * deletes), not OpenSearch itself.
 */
function openSearchClientTestDouble(hits: Record<string, unknown>[][] = [[], []]) {
  const calls: { op: string; params: Record<string, unknown> }[] = [];
  let exists = false;
  const client: OpenSearchClientLike = {
    indices: {
      exists: async (params) => {
        calls.push({ op: "indices.exists", params });
        return { body: exists };
      },
      create: async (params) => {
        calls.push({ op: "indices.create", params });
        exists = true;
        return {};
      },
    },
    bulk: async (params) => {
      calls.push({ op: "bulk", params });
      return { body: { errors: false } };
    },
    deleteByQuery: async (params) => {
      calls.push({ op: "deleteByQuery", params });
      return {};
    },
    count: async (params) => {
      calls.push({ op: "count", params });
      return { body: { count: 3 } };
    },
    msearch: async (params) => {
      calls.push({ op: "msearch", params });
      return {
        body: {
          responses: hits.map((list) => ({
            hits: { hits: list.map((s) => ({ _id: String(s.chunk_id), _source: s as never })) },
          })),
        },
      };
    },
  };
  return { client, calls };
}

type Filter = Record<string, unknown>[];
type SearchBody = {
  _source: unknown;
  query: {
    knn: { vector: Record<string, unknown> };
    bool: { filter: Filter; must: { multi_match: { query: string } }[] };
  };
};

const embedder = offlineEmbedder();
const doc = {
  id: "d1",
  buildingId: "b1",
  title: "House rules",
  audience: ["guest" as const, "resident" as const],
};
const chunk = (id: string, extra: Record<string, unknown> = {}) => ({
  chunk_id: id,
  document_id: "d1",
  building_id: "b1",
  title: "House rules",
  text: `text ${id}`,
  ordinal: 0,
  audience: ["guest"],
  ...extra,
});

describe("OpenSearch adapter (against a test double)", () => {
  it("creates its index with a knn_vector mapping and keyword filter fields, once", async () => {
    const { client, calls } = openSearchClientTestDouble();
    const backend = createOpenSearchBackend({ embedder, client, index: "kb-test" });
    await backend.removeDocument("b1", "x");
    await backend.removeDocument("b1", "y");
    const creates = calls.filter((c) => c.op === "indices.create");
    expect(creates).toHaveLength(1);
    const body = creates[0].params.body as {
      settings: unknown;
      mappings: { properties: Record<string, unknown> };
    };
    expect(body.settings).toEqual({ index: { knn: true, number_of_shards: 1 } });
    expect(body.mappings.properties.vector).toEqual({
      type: "knn_vector",
      dimension: 384,
      method: { name: "hnsw", engine: "lucene", space_type: "cosinesimil" },
    });
    for (const f of ["building_id", "audience", "document_id", "chunk_id"]) {
      expect(body.mappings.properties[f]).toEqual({ type: "keyword" });
    }
    expect(body.mappings.properties.text).toMatchObject({ type: "text" });
  });

  it("replaces a document: deletes its chunks by building and document, then bulk-indexes the new ones", async () => {
    const { client, calls } = openSearchClientTestDouble();
    const backend = createOpenSearchBackend({ embedder, client, index: "kb-test" });
    const vector = (await embedder.embed(["quiet hours"]))[0];
    await backend.replaceDocument(doc, [
      {
        chunkId: "d1:0",
        documentId: "d1",
        buildingId: "b1",
        title: "House rules",
        text: "Quiet",
        ordinal: 0,
        audience: doc.audience,
        vector,
      },
    ]);
    const ops = calls.map((c) => c.op).filter((op) => op !== "indices.exists" && op !== "indices.create");
    expect(ops).toEqual(["deleteByQuery", "bulk"]);
    expect(calls.find((c) => c.op === "deleteByQuery")?.params.body).toEqual({
      query: { bool: { filter: [{ term: { building_id: "b1" } }, { term: { document_id: "d1" } }] } },
    });
    const bulk = calls.find((c) => c.op === "bulk")?.params.body as Record<string, unknown>[];
    expect(bulk[0]).toEqual({ index: { _index: "kb-test", _id: "b1:d1:0" } });
    expect(bulk[1]).toMatchObject({ building_id: "b1", document_id: "d1", audience: ["guest", "resident"] });
  });

  it("sends a k-NN and a BM25 query, both filtered by building and audience, and fuses them", async () => {
    const { client, calls } = openSearchClientTestDouble([
      [chunk("d1:0"), chunk("d1:1")],
      [chunk("d1:1"), chunk("d1:2")],
    ]);
    const backend = createOpenSearchBackend({ embedder, client, index: "kb-test" });
    const vector = (await embedder.embed(["quiet hours"]))[0];
    const hits = await backend.search({
      buildingId: "b1",
      audiences: ["guest"],
      query: "quiet hours",
      k: 2,
      vector,
    });
    expect(hits.map((h) => h.chunkId)).toEqual(["d1:1", "d1:0"]);
    const body = calls.find((c) => c.op === "msearch")?.params.body as SearchBody[];
    const filter = [{ term: { building_id: "b1" } }, { terms: { audience: ["guest"] } }];
    expect(body[1].query.knn.vector).toMatchObject({ vector, k: 20, filter: { bool: { filter } } });
    expect(body[3].query.bool.filter).toEqual(filter);
    expect(body[3].query.bool.must[0].multi_match.query).toBe("quiet hours");
    expect(body[1]._source).toEqual({ excludes: ["vector"] });
  });

  it("drops anything outside the building or audience even if the cluster returned it", async () => {
    const { client } = openSearchClientTestDouble([
      [chunk("x:0", { building_id: "other" }), chunk("s:0", { audience: ["staff"] }), chunk("d1:0")],
      [],
    ]);
    const backend = createOpenSearchBackend({ embedder, client, index: "kb-test" });
    const vector = (await embedder.embed(["q"]))[0];
    const hits = await backend.search({ buildingId: "b1", audiences: ["guest"], query: "q", k: 5, vector });
    expect(hits.map((h) => h.chunkId)).toEqual(["d1:0"]);
  });
});
