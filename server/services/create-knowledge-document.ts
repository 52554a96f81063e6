import "server-only";
import { newId } from "@/lib/domain/ids";
import {
  type CreateKnowledgeDocumentInput,
  type KnowledgeDocument,
  type KnowledgeDocumentDTO,
  toKnowledgeDocumentDTO,
} from "@/lib/domain/knowledge-document";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { putKnowledgeDocument } from "../db/knowledge-documents";
import { recordAudit } from "./audit";
import { indexKnowledgeDocument } from "./index-knowledge-document";

/**
 * Managers add a document for the concierge. It is stored as `pending` and indexed in the background; the
 * returned `indexing` promise settles when the document is indexed or failed (tests and scripts wait on it,
 * the API answers at once and the page polls).
 */
export async function createKnowledgeDocumentForActor(
  actor: Actor,
  input: CreateKnowledgeDocumentInput,
): Promise<{ document: KnowledgeDocumentDTO; indexing: Promise<unknown> }> {
  authorize(actor, "knowledge.manage");
  if (input.s3Key || !input.text) {
    const message = "Send the document's text; file uploads are read in the browser and sent as text.";
    throw new AppError("validation", message, { fields: { s3Key: [message] } });
  }
  if (input.format === "pdf") {
    const message = "Only Markdown or plain text can be sent as text.";
    throw new AppError("validation", message, { fields: { format: [message] } });
  }
  const now = new Date().toISOString();
  const document: KnowledgeDocument = {
    id: newId(),
    buildingId: actor.buildingId,
    title: input.title,
    audience: [...new Set(input.audience)],
    format: input.format,
    s3Key: null,
    text: input.text,
    status: "pending",
    chunkCount: 0,
    error: null,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    indexedAt: null,
  };
  await putKnowledgeDocument({ document });
  await recordAudit(actor, "knowledge.create", { type: "knowledge_document", id: document.id }, "success", {
    title: document.title,
    audience: document.audience,
  });
  const indexing = indexKnowledgeDocument(document);
  return { document: toKnowledgeDocumentDTO(document), indexing };
}
