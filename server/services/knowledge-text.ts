import "server-only";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { bucketName, s3 } from "../storage/s3-client";

/** Thrown with a message that is safe to show the manager on the document's row. */
export class DocumentTextError extends Error {}

/** The text to index: inline text, or the uploaded Markdown / plain-text file. PDFs are not extracted yet. */
export async function loadKnowledgeText(doc: KnowledgeDocument): Promise<string> {
  if (doc.text != null) return doc.text;
  if (!doc.s3Key) throw new DocumentTextError("The document has no text.");
  if (doc.format === "pdf")
    throw new DocumentTextError("PDF text extraction is not available; upload Markdown or text.");
  const out = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: doc.s3Key }));
  const text = (await out.Body?.transformToString("utf-8")) ?? "";
  if (!text.trim()) throw new DocumentTextError("The file is empty.");
  return text;
}
