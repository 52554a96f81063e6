import "server-only";
import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { AppError } from "@/lib/errors";
import { findKnowledgeDocument, updateKnowledgeDocument } from "../../db/knowledge-documents";
import { logger } from "../../logger";
import { documentChunkCount, indexDocument, removeDocument } from "../../search/search";
import { DocumentTextError, loadKnowledgeText } from "./knowledge-text";

/**
 * Runs a document through the index: pending → indexing → indexed (with its chunk count) | failed (with a
 * message a manager can act on). Never throws: the outcome is on the document. If the document was deleted
 * meanwhile, its chunks are removed again so nothing of it stays searchable.
 */
export async function indexKnowledgeDocument(doc: KnowledgeDocument): Promise<KnowledgeDocument | null> {
  const key = { buildingId: doc.buildingId, documentId: doc.id };
  try {
    await updateKnowledgeDocument({ ...key, patch: { status: "indexing", error: null, errorCode: null } });
    const started = performance.now();
    const { text, pageCount } = await loadKnowledgeText(doc);
    const readMs = Math.round(performance.now() - started);
    const { chunkCount } = await indexDocument(doc, text);
    logger.info("knowledge indexed", {
      ...key,
      format: doc.format,
      pageCount,
      chunkCount,
      readMs,
      totalMs: Math.round(performance.now() - started),
    });
    if (chunkCount === 0) throw new DocumentTextError("The document has no text to index.");
    return await updateKnowledgeDocument({
      ...key,
      patch: {
        status: "indexed",
        chunkCount,
        pageCount,
        error: null,
        errorCode: null,
        indexedAt: new Date().toISOString(),
      },
    });
  } catch (e) {
    // Deleted meanwhile (not found on update, or no longer stored): take its chunks out again. A failed read
    // says nothing either way, so it does not count as deleted.
    const gone =
      (e instanceof AppError && e.code === "not_found") ||
      (await findKnowledgeDocument(key).then(
        (d) => d === null,
        () => false,
      ));
    if (gone) {
      await removeDocument(doc.buildingId, doc.id).catch(() => undefined);
      return null;
    }
    const known = e instanceof DocumentTextError;
    // a file the manager must fix is not the server's fault: a warning, not an error
    (known ? logger.warn : logger.error)("knowledge indexing failed", {
      ...key,
      error: e instanceof Error ? e.message : String(e),
    });
    const error = known ? e.message : "Indexing failed. Try re-indexing in a moment.";
    const errorCode = known ? e.code : "index_failed";
    // Nothing of a failed document stays searchable (a re-index that fails drops the earlier passages).
    await removeDocument(doc.buildingId, doc.id).catch(() => undefined);
    return updateKnowledgeDocument({
      ...key,
      patch: { status: "failed", chunkCount: 0, error, errorCode },
    }).catch(() => null);
  }
}

/**
 * Indexes the documents the index does not hold yet (or that never finished): used at seed and start-up so
 * that a fresh vector directory is filled from DynamoDB. Idempotent.
 */
export async function ensureKnowledgeIndexed(docs: KnowledgeDocument[]): Promise<number> {
  let indexed = 0;
  for (const doc of docs) {
    const held = await documentChunkCount(doc.buildingId, doc.id);
    if (doc.status === "indexed" && held === doc.chunkCount && held > 0) continue;
    await indexKnowledgeDocument(doc);
    indexed++;
  }
  return indexed;
}
