import "server-only";
import type { DocumentErrorCode, KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { UPLOAD_PURPOSES } from "@/lib/domain/upload";
import { extractPdfText, PdfTextError, pdfPagesToMarkdown } from "../../search/pdf-text";
import { ObjectTooLarge, readStoredObject } from "../../storage/read-object";

/** Thrown with a message that is safe to show the manager on the document's row, and a code to translate it. */
export class DocumentTextError extends Error {
  constructor(
    message: string,
    readonly code: DocumentErrorCode = "empty",
  ) {
    super(message);
  }
}

export type KnowledgeText = { text: string; pageCount: number | null };

async function readObject(key: string): Promise<Uint8Array> {
  try {
    // verified at upload; checked again because the object is read whole into memory
    return await readStoredObject(key, UPLOAD_PURPOSES.knowledge_document.maxBytes);
  } catch (e) {
    if (e instanceof ObjectTooLarge)
      throw new DocumentTextError("The file is larger than 10 MB.", "unreadable");
    throw e;
  }
}

async function pdfText(bytes: Uint8Array): Promise<KnowledgeText> {
  try {
    const { pages, total } = await extractPdfText(bytes);
    if (pages.length === 0) {
      throw new DocumentTextError(
        "This PDF has no text layer (it may be a scanned image). Upload a PDF with selectable text, or the text as Markdown.",
        "no_text_layer",
      );
    }
    return { text: pdfPagesToMarkdown(pages), pageCount: total };
  } catch (e) {
    if (e instanceof PdfTextError) throw new DocumentTextError(e.message, e.code);
    throw e;
  }
}

/** The text to index: inline text, or the uploaded file (Markdown or plain text as UTF-8, a PDF's text layer). */
export async function loadKnowledgeText(doc: KnowledgeDocument): Promise<KnowledgeText> {
  if (doc.text != null) return { text: doc.text, pageCount: null };
  if (!doc.s3Key) throw new DocumentTextError("The document has no text.");
  const bytes = await readObject(doc.s3Key);
  if (doc.format === "pdf") return pdfText(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentTextError("The file is not UTF-8 text.", "not_utf8");
  }
  if (!text.trim()) throw new DocumentTextError("The file is empty.");
  return { text, pageCount: null };
}
