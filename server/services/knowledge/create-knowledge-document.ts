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
import { putKnowledgeDocument } from "../../db/knowledge-documents";
import { markUploadsAttached, verifyUpload } from "../../storage/verify-upload";
import { recordAudit } from "../audit/audit";
import { indexKnowledgeDocument } from "./index-knowledge-document";

const invalidFile = (message: string) =>
  new AppError("validation", message, { fields: { s3Key: [message] } });

/**
 * An uploaded file may become a document only once the server has checked it: issued for this building's
 * knowledge folder, sent by this manager, within 10 MB, and its first bytes are what it claims (`%PDF-` for a
 * PDF, no NUL byte for text). A bad object is deleted by `verifyUpload`.
 */
async function verifiedKnowledgeUpload(actor: Actor, key: string, format: KnowledgeDocument["format"]) {
  const checked = await verifyUpload({
    buildingId: actor.buildingId,
    purpose: "knowledge_document",
    key,
    uploaderId: actor.id,
  });
  if (!checked.ok) throw invalidFile(checked.message);
  if ((format === "pdf") !== (checked.contentType === "application/pdf")) {
    throw invalidFile("The file's type does not match the chosen format.");
  }
  await markUploadsAttached([key]);
  return key;
}

/**
 * Managers add a document for the concierge: inline text, or an uploaded Markdown, text or PDF file (verified
 * first). It is stored as `pending` and indexed in the background (a PDF's text is extracted there); the
 * returned `indexing` promise settles when the document is indexed or failed (tests and scripts wait on it,
 * the API answers at once and the page polls).
 */
export async function createKnowledgeDocument(
  actor: Actor,
  input: CreateKnowledgeDocumentInput,
): Promise<{ document: KnowledgeDocumentDTO; indexing: Promise<unknown> }> {
  authorize(actor, "knowledge.manage");
  if (input.text && input.format === "pdf") {
    const message = "Only Markdown or plain text can be sent as text; upload a PDF as a file.";
    throw new AppError("validation", message, { fields: { format: [message] } });
  }
  const s3Key = input.s3Key ? await verifiedKnowledgeUpload(actor, input.s3Key, input.format) : null;
  const now = new Date().toISOString();
  const document: KnowledgeDocument = {
    id: newId(),
    buildingId: actor.buildingId,
    title: input.title,
    audience: [...new Set(input.audience)],
    format: input.format,
    s3Key,
    text: input.text ?? null,
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
