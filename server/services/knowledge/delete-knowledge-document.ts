import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import {
  deleteKnowledgeDocument as deleteKnowledgeDocumentRecord,
  getKnowledgeDocument,
} from "../../db/knowledge-documents";
import { logger } from "../../logger";
import { removeDocument } from "../../search/search";
import { deleteStoredObject } from "../../storage/delete-object";
import { recordAudit } from "../audit/audit";

/**
 * Deletes a document and its chunks. The chunks go first: if that fails the document is still listed and the
 * manager can retry, rather than passages of a deleted document staying searchable with nothing to remove them.
 */
export async function deleteKnowledgeDocument(actor: Actor, documentId: string): Promise<void> {
  authorize(actor, "knowledge.manage");
  const key = { buildingId: actor.buildingId, documentId };
  const doc = await getKnowledgeDocument(key);
  await removeDocument(actor.buildingId, documentId);
  await deleteKnowledgeDocumentRecord(key);
  // the uploaded file goes too; if that fails the document is already gone, so only log it
  if (doc.s3Key) {
    await deleteStoredObject(doc.s3Key).catch((e: unknown) =>
      logger.warn("knowledge file not deleted", {
        ...key,
        error: e instanceof Error ? e.message : String(e),
      }),
    );
  }
  await recordAudit(actor, "knowledge.delete", { type: "knowledge_document", id: doc.id }, "success", {
    title: doc.title,
  });
}
