import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

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

export const knowledgeDocumentSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  title: z.string().trim().min(1).max(200),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  format: z.enum(DOCUMENT_FORMATS),
  /** uploaded file; null when the text was given inline */
  s3Key: z.string().max(1024).nullable(),
  /** inline text (small documents, ≤ 100 kB); large files live in S3 only */
  text: z.string().max(100_000).nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  chunkCount: z.number().int().min(0),
  error: z.string().max(1000).nullable(),
  /** absent on documents stored before PDFs were read */
  errorCode: z.enum(DOCUMENT_ERROR_CODES).nullable().optional(),
  /** pages of an uploaded PDF, once read */
  pageCount: z.number().int().min(0).nullable().optional(),
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  indexedAt: timestampSchema.nullable(),
});
export type KnowledgeDocument = z.infer<typeof knowledgeDocumentSchema>;
/** Lists leave out the text body (it can be 100 kB). */
export type KnowledgeDocumentDTO = Omit<KnowledgeDocument, "text">;
export const toKnowledgeDocumentDTO = ({ text: _t, ...rest }: KnowledgeDocument): KnowledgeDocumentDTO =>
  rest;

/**
 * `POST /api/v1/knowledge` (SPEC): inline text, or the key of a file uploaded through
 * `POST /api/v1/knowledge/uploads` (Markdown, plain text or PDF, at most 10 MB).
 */
export const createKnowledgeDocumentInputSchema = z
  .object({
    title: knowledgeDocumentSchema.shape.title,
    audience: knowledgeDocumentSchema.shape.audience,
    format: z.enum(DOCUMENT_FORMATS),
    text: z.string().min(1).max(100_000).optional(),
    s3Key: z.string().max(1024).optional(),
  })
  .refine((d) => Boolean(d.text) !== Boolean(d.s3Key), {
    path: ["text"],
    message: "Give either the text or an uploaded file, not both",
  });
export type CreateKnowledgeDocumentInput = z.infer<typeof createKnowledgeDocumentInputSchema>;

export const knowledgeDocumentIdParamsSchema = z.object({ id: idSchema });

/** The JSON the API returns for one document. */
export const knowledgeDocumentDtoSchema = knowledgeDocumentSchema.omit({ text: true });
