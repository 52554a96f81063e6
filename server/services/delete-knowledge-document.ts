import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { deleteKnowledgeDocument, getKnowledgeDocument } from "../db/knowledge-documents";
import { removeDocument } from "../search/search";
import { recordAudit } from "./audit";

/**
 * Deletes a document and its chunks. The chunks go first: if that fails the document is still listed and the
 * manager can retry, rather than passages of a deleted document staying searchable with nothing to remove them.
 */
export async function deleteKnowledgeDocumentForActor(actor: Actor, documentId: string): Promise<void> {
  authorize(actor, "knowledge.manage");
  const key = { buildingId: actor.buildingId, documentId };
  const doc = await getKnowledgeDocument(key);
  await removeDocument(actor.buildingId, documentId);
  await deleteKnowledgeDocument(key);
  await recordAudit(actor, "knowledge.delete", { type: "knowledge_document", id: doc.id }, "success", {
    title: doc.title,
  });
}
