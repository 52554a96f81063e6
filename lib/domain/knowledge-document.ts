import { z } from "zod";
import { idSchema, timestampSchema } from "./common";
import {
  AUDIENCES,
  DOCUMENT_ERROR_CODES,
  DOCUMENT_FORMATS,
  DOCUMENT_STATUSES,
} from "./knowledge-document-constants";

// values without schemas live in knowledge-document-constants.ts (client components import them from there)
export * from "./knowledge-document-constants";

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
