import { describe, expect, it } from "vitest";
import type { Embedder } from "./embeddings/embedder";
import { searchKnowledge, setSearchEngineForTesting } from "./search";
import type { Passage, SearchBackend } from "./types";

/**
 * The lexical layer sits above the adapters: whichever index answers (LanceDB, OpenSearch), it gets the question
 * widened by the building vocabulary and a deeper list is re-ranked. A recording double stands in for a remote
 * index (OpenSearch cannot run here) and a fixed-vector double for a remote embedder (Bedrock).
 */
const passage = (id: string, text: string): Passage => ({
  documentId: "doc",
  title: "House rules",
  chunkId: id,
  text,
  score: 0,
  audience: ["guest"],
});

function recordingBackendDouble(results: Passage[]) {
  const seen: { query: string; k: number }[] = [];
  const backend: SearchBackend = {
    name: "recording-backend-double",
    replaceDocument: async () => {},
    removeDocument: async () => {},
    documentChunkCount: async () => 0,
    search: async ({ query, k }) => {
      seen.push({ query, k });
      return results;
    },
  };
  return { backend, seen };
}
const fixedEmbedderDouble: Embedder = {
  id: "fixed-embedder-double",
  dimensions: 2,
  embed: async (texts) => texts.map(() => [1, 0]),
};

describe("searchKnowledge over any adapter", () => {
  it("sends the adapter the widened question, asks for more, and re-ranks by meaning", async () => {
    const { backend, seen } = recordingBackendDouble([
      passage("keys", "## Keys\nHand in all keys at the office."),
      passage("gym", "## Gym\nThe gym is open from 06:00 to 22:00."),
      passage("valve", "## Water\nClose the main water valve under the kitchen sink."),
    ]);
    setSearchEngineForTesting({ backend, embedder: fixedEmbedderDouble });
    try {
      const out = await searchKnowledge({
        buildingId: "b1",
        audiences: ["guest"],
        query: "¿Dónde está la llave de paso?",
        k: 2,
      });
      expect(seen[0].k).toBeGreaterThanOrEqual(20);
      expect(seen[0].query).toContain("valve");
      expect(out).toHaveLength(2);
      expect(out.map((p) => p.chunkId)).toContain("valve");
      expect(out.map((p) => p.chunkId)).not.toContain("gym");
    } finally {
      setSearchEngineForTesting(undefined);
    }
  });
});
