import "server-only";
import { type KnowledgeDocumentDTO, toKnowledgeDocumentDTO } from "@/lib/domain/knowledge-document";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getKnowledgeDocument, updateKnowledgeDocument } from "../../db/knowledge-documents";
import { recordAudit } from "../audit/audit";
import { indexKnowledgeDocument } from "./index-knowledge-document";

/** Indexes the document again (its chunks are replaced). Answers `pending` at once; `indexing` settles when done. */
export async function reindexKnowledgeDocument(
  actor: Actor,
  documentId: string,
): Promise<{ document: KnowledgeDocumentDTO; indexing: Promise<unknown> }> {
  authorize(actor, "knowledge.manage");
  const key = { buildingId: actor.buildingId, documentId };
  const doc = await getKnowledgeDocument(key);
  const pending = await updateKnowledgeDocument({ ...key, patch: { status: "pending", error: null } });
  await recordAudit(actor, "knowledge.reindex", { type: "knowledge_document", id: doc.id }, "success");
  return { document: toKnowledgeDocumentDTO(pending), indexing: indexKnowledgeDocument(doc) };
}
