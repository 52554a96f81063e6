import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/** Who may see answers drawn from a document; a retrieval filter, applied before anything reaches a prompt. */
export const AUDIENCES = ["guest", "resident", "staff"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const DOCUMENT_FORMATS = ["markdown", "text", "pdf"] as const;
export const DOCUMENT_STATUSES = ["pending", "indexing", "indexed", "failed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

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

/** `POST /api/v1/knowledge` (SPEC): inline text, or an uploaded file's key. */
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
