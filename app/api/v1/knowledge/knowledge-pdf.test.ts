import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listAllKnowledgeDocuments } from "@/server/db/knowledge-documents";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import { documentChunkCount, searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import { postForm, seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { s3 } from "@/server/storage/s3-client";
import { browserRequest } from "@/test/api-fixtures";
import { encryptedPdf, imageOnlyPdf, longRules, textPdf } from "@/test/pdf-fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import { type RunningS3, startS3 } from "../../../../scripts/stack/s3";
import * as one from "./[id]/route";
import * as knowledge from "./route";
import * as uploads from "./uploads/route";

/**
 * Knowledge files through the real route handlers: presign → POST to the S3 emulator → create → background
 * indexing, on DynamoDB Local, the S3 emulator and a LanceDB index in a temp dir. PDFs are made by pdf-lib.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const bucket = "knowledge-pdf-test";
// Started before anything reads the config (the seed below does), which is read once per process.
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
const dir = await mkdtemp(path.join(tmpdir(), "knowledge-pdf-"));
const embedder = offlineEmbedder();
const backend = await createLanceBackend({ embedder, dir });
beforeAll(() => setSearchEngineForTesting({ backend, embedder }));
afterAll(async () => {
  setSearchEngineForTesting(undefined);
  await backend.close?.();
  await rm(dir, { recursive: true, force: true });
  await emulator?.stop();
});

const exists = (key: string) =>
  s3()
    .send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    .then(() => true)
    .catch(() => false);

/** Signs, uploads and returns the key, as the manager's browser does. */
async function upload(bytes: Buffer, contentType: string) {
  const signed = await callRoute(
    uploads.POST,
    "/api/v1/knowledge/uploads",
    post({ contentType, size: bytes.length }),
  );
  expect(signed.status).toBe(201);
  documented("post", "/api/v1/knowledge/uploads", 201)?.parse(signed.body);
  const res = await postForm(signed.body.upload, bytes, contentType);
  expect(res.status).toBeLessThan(300);
  return signed.body.upload.key as string;
}
async function addPdf(title: string, bytes: Buffer) {
  const key = await upload(bytes, "application/pdf");
  return callRoute(
    knowledge.POST,
    "/api/v1/knowledge",
    post({ title, audience: ["resident"], format: "pdf", s3Key: key }),
  );
}
async function settled(id: string) {
  for (let i = 0; i < 200; i++) {
    const { body } = await callRoute(one.GET, `/api/v1/knowledge/${id}`, { params: { id } });
    if (body.document.status === "indexed" || body.document.status === "failed") return body.document;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("indexing did not finish");
}

const a = await seedTicketBuilding();
const other = await seedTicketBuilding();

describe("PDF knowledge documents", () => {
  it("a text PDF is uploaded, answered pending, extracted page by page and found by search", async () => {
    signInAs(a.manager);
    const pdf = await textPdf([
      ["House rules", "Quiet hours run from 22:00 to 07:00."],
      ["Bicycles", "Bicycles are stored in the basement cage; the code is at the front desk."],
    ]);
    const created = await addPdf("House rules PDF", pdf);
    expect(created.status).toBe(201);
    documented("post", "/api/v1/knowledge", 201)?.parse(created.body);
    expect(created.body.document).toMatchObject({ status: "pending", format: "pdf", chunkCount: 0 });

    const done = await settled(created.body.document.id);
    expect(done).toMatchObject({ status: "indexed", pageCount: 2, error: null, errorCode: null });
    expect(done.chunkCount).toBeGreaterThan(0);
    const hits = await searchKnowledge({
      buildingId: a.b,
      audiences: ["resident"],
      query: "where are bicycles stored",
    });
    expect(hits[0]).toMatchObject({ documentId: done.id, title: "House rules PDF" });
    expect(hits[0].text).toContain("basement cage");
    expect(hits[0].text).toContain("Page 2");
    // readers outside the audience never get it
    expect(
      (await searchKnowledge({ buildingId: a.b, audiences: ["guest"], query: "bicycles basement" })).some(
        (h) => h.documentId === done.id,
      ),
    ).toBe(false);
    expect(hits[0].text).not.toMatch(/-- \d+ of \d+ --/);
    // deleting the document deletes the uploaded file too
    const key = done.s3Key as string;
    expect(await exists(key)).toBe(true);
    expect(
      (
        await one.DELETE(
          browserRequest(`http://localhost/api/v1/knowledge/${done.id}`, { method: "DELETE" }),
          {
            params: Promise.resolve({ id: done.id }),
          },
        )
      ).status,
    ).toBe(204);
    expect(await exists(key)).toBe(false);
  });

  it("a 20-page PDF is indexed with one heading per page", async () => {
    signInAs(a.manager);
    const created = await addPdf("Long rules", await textPdf(longRules(20)));
    const done = await settled(created.body.document.id);
    expect(done).toMatchObject({ status: "indexed", pageCount: 20 });
    expect(done.chunkCount).toBeGreaterThanOrEqual(20);
  });

  it("a PDF with no text layer fails with a reason and indexes nothing", async () => {
    signInAs(a.manager);
    const created = await addPdf("Scanned rules", await imageOnlyPdf());
    expect(created.status).toBe(201);
    const done = await settled(created.body.document.id);
    expect(done).toMatchObject({ status: "failed", chunkCount: 0, errorCode: "no_text_layer" });
    expect(done.error).toMatch(/no text layer/);
    expect(await documentChunkCount(a.b, done.id)).toBe(0);
  });

  it("an encrypted or damaged PDF fails with its own reason and indexes nothing", async () => {
    signInAs(a.manager);
    const broken = Buffer.from("%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n");
    for (const [bytes, code] of [
      [await encryptedPdf(), "encrypted"],
      [broken, "unreadable"],
    ] as const) {
      const created = await addPdf(`Bad ${code}`, bytes);
      const done = await settled(created.body.document.id);
      expect(done).toMatchObject({ status: "failed", chunkCount: 0, errorCode: code });
      expect(await documentChunkCount(a.b, done.id)).toBe(0);
    }
  });

  it("bytes that are not a PDF are refused (422), deleted from the bucket, and no document is stored", async () => {
    signInAs(a.manager);
    const before = (await listAllKnowledgeDocuments({ buildingId: a.b })).length;
    const key = await upload(Buffer.from("<html><script>alert(1)</script></html>"), "application/pdf");
    const res = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "Fake", audience: ["guest"], format: "pdf", s3Key: key }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.fields.s3Key).toBeDefined();
    expect(await exists(key)).toBe(false);
    // a real PDF sent as a Markdown document is refused too
    const pdfKey = await upload(await textPdf([["x"]]), "application/pdf");
    const mismatch = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "Mismatch", audience: ["guest"], format: "markdown", s3Key: pdfKey }),
    );
    expect(mismatch.status).toBe(422);
    expect((await listAllKnowledgeDocuments({ buildingId: a.b })).length).toBe(before);
  });

  it("a Markdown file goes the same way", async () => {
    signInAs(a.manager);
    const key = await upload(Buffer.from("## Pool\nThe pool closes at 20:00."), "text/markdown");
    const created = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "Pool", audience: ["guest"], format: "markdown", s3Key: key }),
    );
    expect(created.status).toBe(201);
    expect(await settled(created.body.document.id)).toMatchObject({ status: "indexed", chunkCount: 1 });
  });

  it("refuses oversize, wrong types, other roles, and another building's upload", async () => {
    signInAs(a.manager);
    const big = await callRoute(
      uploads.POST,
      "/api/v1/knowledge/uploads",
      post({ contentType: "application/pdf", size: 10 * 1024 * 1024 + 1 }),
    );
    expect(big.status).toBe(422);
    const exe = await callRoute(
      uploads.POST,
      "/api/v1/knowledge/uploads",
      post({ contentType: "application/x-msdownload", size: 10 }),
    );
    expect(exe.status).toBe(422);
    for (const who of [a.resident, a.staff]) {
      signInAs(who);
      const r = await callRoute(
        uploads.POST,
        "/api/v1/knowledge/uploads",
        post({ contentType: "application/pdf", size: 10 }),
      );
      expect(r.status).toBe(403);
    }
    signInAs(a.manager);
    const key = await upload(await textPdf([["Harbor secret"]]), "application/pdf");
    signInAs(other.manager);
    const before = (await listAllKnowledgeDocuments({ buildingId: other.b })).length;
    const stolen = await callRoute(
      knowledge.POST,
      "/api/v1/knowledge",
      post({ title: "Not mine", audience: ["guest"], format: "pdf", s3Key: key }),
    );
    expect(stolen.status).toBe(422);
    expect(await exists(key)).toBe(true); // another building's object is only refused, never deleted
    expect((await listAllKnowledgeDocuments({ buildingId: other.b })).length).toBe(before);
  });
});
