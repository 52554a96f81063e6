import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { type KnowledgeContentType, UPLOAD_PURPOSES } from "@/lib/domain/upload-constants";

export const KNOWLEDGE_MAX_BYTES = UPLOAD_PURPOSES.knowledge_document.maxBytes;
export const KNOWLEDGE_ACCEPT = ".md,.markdown,.txt,.pdf,text/markdown,text/plain,application/pdf";

/**
 * What a picked file will be stored as, by its name (browsers often give Markdown no MIME type). The server
 * checks the first bytes again, so a renamed file is refused there whatever this says.
 */
export function knowledgeFileKind(
  file: File,
): { format: KnowledgeDocument["format"]; contentType: KnowledgeContentType } | null {
  if (/\.pdf$/i.test(file.name)) return { format: "pdf", contentType: "application/pdf" };
  if (/\.txt$/i.test(file.name)) return { format: "text", contentType: "text/plain" };
  if (/\.(md|markdown)$/i.test(file.name)) return { format: "markdown", contentType: "text/markdown" };
  return null;
}
