import "server-only";
import { z } from "zod";
import { pageQuerySchema } from "@/lib/domain/common";
import {
  createKnowledgeDocumentInputSchema,
  knowledgeDocumentDtoSchema,
  knowledgeDocumentIdParamsSchema,
} from "@/lib/domain/knowledge-document";
import { createKnowledgeUploadInputSchema, presignedUploadSchema } from "@/lib/domain/upload";
import { defineOperations, pageOf } from "../registry";

const tag = "Knowledge";
const documentResponse = z.object({ document: knowledgeDocumentDtoSchema });
const params = knowledgeDocumentIdParamsSchema;
const capability = "knowledge.manage" as const;

/** The concierge's knowledge documents (managers only; every id is looked up in the caller's building). */
export const knowledgeOperations = defineOperations({
  listKnowledgeDocuments: {
    method: "get",
    path: "/api/v1/knowledge",
    tag,
    summary: "The building's knowledge documents, newest first",
    description:
      "Without their text. `status` is pending | indexing | indexed | failed; `chunkCount` counts indexed passages.",
    capability,
    query: pageQuerySchema,
    responses: { 200: { description: "A page of documents", schema: pageOf(knowledgeDocumentDtoSchema) } },
  },
  createKnowledgeDocument: {
    method: "post",
    path: "/api/v1/knowledge",
    tag,
    summary: "Add a document for the concierge",
    description:
      "Markdown or plain text given as `text` (at most 100 kB), or the `s3Key` of a file sent through `POST /api/v1/knowledge/uploads` (Markdown, plain text or PDF with `format: pdf`). An uploaded file is verified first (issued to you for this building, at most 10 MB, first bytes match the type: a PDF starts with `%PDF-`); a bad one is deleted and refused with 422. `audience` says who may get answers drawn from it. The document is answered as `pending` and indexed in the background (a PDF's text layer is extracted there, page by page): poll `GET /api/v1/knowledge/{id}` until `indexed` (with `chunkCount`, and `pageCount` for a PDF) or `failed` (with `error` and `errorCode`, e.g. `no_text_layer` for a scanned PDF, `encrypted`, `unreadable`).",
    capability,
    body: createKnowledgeDocumentInputSchema,
    responses: { 201: { description: "Stored, indexing", schema: documentResponse } },
  },
  createKnowledgeUpload: {
    method: "post",
    path: "/api/v1/knowledge/uploads",
    tag,
    summary: "Presign the upload of a knowledge file (Markdown, plain text or PDF)",
    description: [
      "The server chooses the object key under the caller's building and signs a POST policy valid 5 minutes that",
      "pins the key, the size range (1 byte to 10 MB), the declared Content-Type and the uploader.",
      "Post `fields` and then the file as `file` (multipart/form-data) to `url`, then create the document with",
      "`s3Key: key`.",
    ].join(" "),
    capability,
    body: createKnowledgeUploadInputSchema,
    responses: { 201: { description: "Signed", schema: z.object({ upload: presignedUploadSchema }) } },
    errors: [429],
  },
  getKnowledgeDocument: {
    method: "get",
    path: "/api/v1/knowledge/{id}",
    tag,
    summary: "One document with its indexing status",
    capability,
    params,
    responses: { 200: { description: "The document", schema: documentResponse } },
    errors: [404],
  },
  deleteKnowledgeDocument: {
    method: "delete",
    path: "/api/v1/knowledge/{id}",
    tag,
    summary: "Delete a document and remove its passages from the index",
    capability,
    params,
    responses: { 204: { description: "Deleted" } },
    errors: [404],
  },
  reindexKnowledgeDocument: {
    method: "post",
    path: "/api/v1/knowledge/{id}/reindex",
    tag,
    summary: "Index the document again",
    description:
      "Its passages are replaced. Answers at once with status `pending`; poll the document for the outcome.",
    capability,
    params,
    responses: { 202: { description: "Re-indexing", schema: documentResponse } },
    errors: [404],
  },
});
