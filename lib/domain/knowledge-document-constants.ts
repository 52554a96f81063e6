/**
 * Knowledge document values without schemas. Client components import them from here, so zod stays out of
 * their bundles; knowledge-document.ts re-exports them for server code.
 */

/** Who may see answers drawn from a document; a retrieval filter, applied before anything reaches a prompt. */
export const AUDIENCES = ["guest", "resident", "staff"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const DOCUMENT_FORMATS = ["markdown", "text", "pdf"] as const;
export const DOCUMENT_STATUSES = ["pending", "indexing", "indexed", "failed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** Why a document could not be indexed, for a message in the manager's language (`error` keeps the English). */
export const DOCUMENT_ERROR_CODES = [
  "no_text_layer",
  "encrypted",
  "unreadable",
  "too_many_pages",
  "empty",
  "not_utf8",
  "index_failed",
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];
/** A bigger PDF is refused rather than blocking the indexer for minutes. */
export const MAX_PDF_PAGES = 500;
