import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import {
  deleteKnowledgeDocument,
  getKnowledgeDocument,
  putKnowledgeDocument,
} from "@/server/db/knowledge-documents";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import { documentChunkCount, searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import type { SearchBackend } from "@/server/search/types";
import { newBuildingId } from "@/test/fixtures";
import { ensureKnowledgeIndexed, indexKnowledgeDocument } from "./index-knowledge-document";

const dirs: string[] = [];
const backends: SearchBackend[] = [];
const embedder = offlineEmbedder();
async function freshIndex() {
  const dir = await mkdtemp(path.join(tmpdir(), "ensure-indexed-"));
  const backend = await createLanceBackend({ embedder, dir });
  dirs.push(dir);
  backends.push(backend);
  setSearchEngineForTesting({ backend, embedder });
}
afterAll(async () => {
  setSearchEngineForTesting(undefined);
  for (const b of backends) await b.close?.();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const b = newBuildingId();
const now = new Date().toISOString();
const doc = (id: string, text: string): KnowledgeDocument => ({
  id,
  buildingId: b,
  title: `Doc ${id}`,
  audience: ["guest"],
  format: "markdown",
  s3Key: null,
  text,
  status: "pending",
  chunkCount: 0,
  error: null,
  createdBy: "usr_test",
  createdAt: now,
  updatedAt: now,
  indexedAt: null,
});

describe("ensureKnowledgeIndexed (seed and start-up)", () => {
  it("indexes pending documents once, skips them after, and refills an empty index", async () => {
    await freshIndex();
    const docs = [
      doc("doc_a", "## Wi-Fi\nNetwork HarborGuest."),
      doc("doc_b", "## Trash\nBlue bins for glass."),
    ];
    for (const d of docs) await putKnowledgeDocument({ document: d });
    expect(await ensureKnowledgeIndexed(docs)).toBe(2);
    const stored = await Promise.all(
      docs.map((d) => getKnowledgeDocument({ buildingId: b, documentId: d.id })),
    );
    expect(stored.map((d) => [d.status, d.chunkCount])).toEqual([
      ["indexed", 1],
      ["indexed", 1],
    ]);
    expect(await ensureKnowledgeIndexed(stored)).toBe(0);

    await freshIndex(); // a new, empty vector directory with the same DynamoDB records
    expect(await documentChunkCount(b, "doc_a")).toBe(0);
    expect(await ensureKnowledgeIndexed(stored)).toBe(2);
    const hits = await searchKnowledge({ buildingId: b, audiences: ["guest"], query: "glass bins" });
    expect(hits[0].documentId).toBe("doc_b");
  });

  it("a document deleted while it was being indexed leaves no chunks behind", async () => {
    await freshIndex();
    const d = doc("doc_c", "## Pets\nDogs welcome.");
    await putKnowledgeDocument({ document: d });
    expect(await indexKnowledgeDocument(d)).toMatchObject({ status: "indexed" });
    expect(await documentChunkCount(b, "doc_c")).toBe(1);
    await deleteKnowledgeDocument({ buildingId: b, documentId: "doc_c" });
    expect(await indexKnowledgeDocument(d)).toBeNull();
    expect(await documentChunkCount(b, "doc_c")).toBe(0);
  });
});
