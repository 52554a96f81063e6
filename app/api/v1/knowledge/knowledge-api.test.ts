import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/roles";
import { findKnowledgeDocument, putKnowledgeDocument } from "@/server/db/knowledge-documents";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import { searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import { createKnowledgeDocument } from "@/server/services/knowledge/create-knowledge-document";
import { indexKnowledgeDocument } from "@/server/services/knowledge/index-knowledge-document";
import { listKnowledgeDocuments } from "@/server/services/knowledge/list-knowledge-documents";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { bearer, seedToken } from "@/test/api-fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as reindex from "./[id]/reindex/route";
import * as one from "./[id]/route";
import * as knowledge from "./route";

/** The knowledge API through the real route handlers, DynamoDB Local and a LanceDB index in a temp dir. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const dir = await mkdtemp(path.join(tmpdir(), "knowledge-api-"));
const embedder = offlineEmbedder();
const backend = await createLanceBackend({ embedder, dir });
setSearchEngineForTesting({ backend, embedder });
afterAll(async () => {
  setSearchEngineForTesting(undefined);
  await backend.close?.();
  await rm(dir, { recursive: true, force: true });
});

async function waitForStatus(id: string, params = { id }) {
  for (let i = 0; i < 100; i++) {
    const { body } = await callRoute(one.GET, `/api/v1/knowledge/${id}`, { params });
    if (body.document.status === "indexed" || body.document.status === "failed") return body.document;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("indexing did not finish");
}

const a = await seedTicketBuilding();
const b = await seedTicketBuilding();
const RULES = "## Quiet hours\nQuiet hours run from 22:00 to 07:00. Keep music low after 22:00.";

describe("knowledge API: a manager's document from upload to deletion", () => {
  it("creates (pending), indexes, lists, re-indexes and deletes — and the index follows", async () => {
    signInAs(a.manager);
    const created = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "House rules", audience: ["guest", "resident"], format: "markdown", text: RULES }),
    );
    expect(created.res.status).toBe(201);
    documented("post", "/api/v1/knowledge", 201)?.parse(created.body);
    expect(created.body.document).toMatchObject({ status: "pending", chunkCount: 0, buildingId: a.b });
    expect(created.body.document.text).toBeUndefined();
    const id = created.body.document.id;

    const done = await waitForStatus(id);
    expect(done).toMatchObject({ status: "indexed", chunkCount: 1, error: null });
    expect(done.indexedAt).not.toBeNull();
    const hits = await searchKnowledge({ buildingId: a.b, audiences: ["guest"], query: "quiet hours" });
    expect(hits[0]).toMatchObject({ documentId: id, title: "House rules" });

    const list = await callRoute(knowledge.GET, "/api/v1/knowledge");
    documented("get", "/api/v1/knowledge", 200)?.parse(list.body);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(id);

    const again = await callRoute(reindex.POST, `/api/v1/knowledge/${id}/reindex`, {
      method: "POST",
      params: { id },
    });
    expect(again.res.status).toBe(202);
    documented("post", "/api/v1/knowledge/{id}/reindex", 202)?.parse(again.body);
    expect((await waitForStatus(id)).status).toBe("indexed");
    const afterReindex = await searchKnowledge({
      buildingId: a.b,
      audiences: ["guest"],
      query: "quiet hours",
      k: 10,
    });
    expect(afterReindex.filter((h) => h.documentId === id)).toHaveLength(1);

    const deleted = await callRoute(one.DELETE, `/api/v1/knowledge/${id}`, {
      method: "DELETE",
      params: { id },
    });
    expect(deleted.res.status).toBe(204);
    expect((await callRoute(one.GET, `/api/v1/knowledge/${id}`, { params: { id } })).res.status).toBe(404);
    const gone = await searchKnowledge({
      buildingId: a.b,
      audiences: ["guest"],
      query: "quiet hours",
      k: 10,
    });
    expect(gone.some((h) => h.documentId === id)).toBe(false);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    signInAs(a.manager);
    const before = (await listKnowledgeDocuments(a.manager, {})).items.length;
    const bad = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "", audience: [], format: "doc" }),
    );
    expect(bad.res.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(["title", "audience", "format"]),
    );
    const pdf = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "Scan", audience: ["guest"], format: "pdf", text: "x" }),
    );
    expect(pdf.res.status).toBe(422);
    expect((await listKnowledgeDocuments(a.manager, {})).items.length).toBe(before);
  });
});

describe("knowledge API: only the building's managers", () => {
  const seedDoc = async () => {
    const { document, indexing } = await createKnowledgeDocument(a.manager, {
      title: "Staff notes",
      audience: ["staff"],
      format: "text",
      text: "The boiler room key hangs in the office.",
    });
    await indexing;
    return document.id;
  };

  it("refuses residents and staff on every route, by session and by token", async () => {
    const id = await seedDoc();
    const staffToken = await seedToken(a.b, { role: "staff" });
    const attempts = async (headers: Record<string, string> = {}) => [
      await callRoute(knowledge.GET, "/api/v1/knowledge", { headers }),
      await callRoute(
        knowledge.POST,
        "/api/v1/knowledge",
        post({ title: "x", audience: ["guest"], format: "text", text: "x" }, headers),
      ),
      await callRoute(one.GET, `/api/v1/knowledge/${id}`, { params: { id }, headers }),
      await callRoute(one.DELETE, `/api/v1/knowledge/${id}`, { method: "DELETE", params: { id }, headers }),
      await callRoute(reindex.POST, `/api/v1/knowledge/${id}/reindex`, {
        method: "POST",
        params: { id },
        headers,
      }),
    ];
    for (const who of [a.resident, a.staff]) {
      signInAs(who);
      for (const r of await attempts()) expect(r.res.status).toBe(403);
    }
    signInAs(null);
    for (const r of await attempts(bearer(staffToken.secret))) expect(r.res.status).toBe(403);
    for (const r of await attempts()) expect(r.res.status).toBe(401);
    expect(await findKnowledgeDocument({ buildingId: a.b, documentId: id })).not.toBeNull();
  });

  it("refuses guests in the service", async () => {
    const guest: Actor = { kind: "guest", id: "g1", role: "guest", buildingId: a.b, unitIds: [a.unit1.id] };
    await expect(listKnowledgeDocuments(guest, {})).rejects.toMatchObject({ code: "forbidden" });
  });

  it("another building's manager can neither read, re-index nor delete it", async () => {
    const id = await seedDoc();
    signInAs(b.manager);
    expect((await callRoute(one.GET, `/api/v1/knowledge/${id}`, { params: { id } })).res.status).toBe(404);
    expect(
      (await callRoute(one.DELETE, `/api/v1/knowledge/${id}`, { method: "DELETE", params: { id } })).res
        .status,
    ).toBe(404);
    expect(
      (await callRoute(reindex.POST, `/api/v1/knowledge/${id}/reindex`, { method: "POST", params: { id } }))
        .res.status,
    ).toBe(404);
    const list = await callRoute(knowledge.GET, "/api/v1/knowledge");
    expect(list.body.items.some((d: { id: string }) => d.id === id)).toBe(false);
    expect(await findKnowledgeDocument({ buildingId: a.b, documentId: id })).not.toBeNull();
    const hits = await searchKnowledge({ buildingId: a.b, audiences: ["staff"], query: "boiler room key" });
    expect(hits.some((h) => h.documentId === id)).toBe(true);
  });
});

describe("indexing failures", () => {
  it("marks the document failed with a message a manager can act on when its file cannot be read", async () => {
    const now = new Date().toISOString();
    const doc = {
      id: `doc_pdf_${Date.now()}`,
      buildingId: a.b,
      title: "Scanned rules",
      audience: ["guest" as const],
      format: "pdf" as const,
      s3Key: `buildings/${a.b}/knowledge/x.pdf`,
      text: null,
      status: "pending" as const,
      chunkCount: 0,
      error: null,
      createdBy: a.manager.id,
      createdAt: now,
      updatedAt: now,
      indexedAt: null,
    };
    await putKnowledgeDocument({ document: doc });
    const result = await indexKnowledgeDocument(doc);
    // no S3 in this test: the file cannot be fetched, which is a generic, retryable failure
    expect(result).toMatchObject({ status: "failed", chunkCount: 0, errorCode: "index_failed" });
    expect(result?.error).toMatch(/re-index/i);
  });
});
