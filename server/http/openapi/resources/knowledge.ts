import "server-only";
import { z } from "zod";
import { pageQuerySchema } from "@/lib/domain/common";
import {
  createKnowledgeDocumentInputSchema,
  knowledgeDocumentDtoSchema,
  knowledgeDocumentIdParamsSchema,
} from "@/lib/domain/knowledge-document";
import { defineOperations, pageOf } from "../registry";

const tag = "Knowledge";
const documentResponse = z.object({ document: knowledgeDocumentDtoSchema });
const params = knowledgeDocumentIdParamsSchema;
const capability = "knowledge.manage" as const;

/** The concierge's knowledge documents (managers only; every id is looked up in the caller's building). */
export const knowledgeOperations = defineOperations(
  {
    method: "get",
    path: "/api/v1/knowledge",
    id: "listKnowledgeDocuments",
    tag,
    summary: "The building's knowledge documents, newest first",
    description:
      "Without their text. `status` is pending | indexing | indexed | failed; `chunkCount` counts indexed passages.",
    capability,
    query: pageQuerySchema,
    responses: { 200: { description: "A page of documents", schema: pageOf(knowledgeDocumentDtoSchema) } },
  },
  {
    method: "post",
    path: "/api/v1/knowledge",
    id: "createKnowledgeDocument",
    tag,
    summary: "Add a document for the concierge",
    description:
      "Markdown or plain text given as `text` (at most 100 kB). `audience` says who may get answers drawn from it. The document is answered as `pending` and indexed in the background: poll `GET /api/v1/knowledge/{id}` until `indexed` or `failed` (with `error`). `s3Key` is reserved for uploaded files and refused for now.",
    capability,
    body: createKnowledgeDocumentInputSchema,
    responses: { 201: { description: "Stored, indexing", schema: documentResponse } },
  },
  {
    method: "get",
    path: "/api/v1/knowledge/{id}",
    id: "getKnowledgeDocument",
    tag,
    summary: "One document with its indexing status",
    capability,
    params,
    responses: { 200: { description: "The document", schema: documentResponse } },
    errors: [404],
  },
  {
    method: "delete",
    path: "/api/v1/knowledge/{id}",
    id: "deleteKnowledgeDocument",
    tag,
    summary: "Delete a document and remove its passages from the index",
    capability,
    params,
    responses: { 204: { description: "Deleted" } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/knowledge/{id}/reindex",
    id: "reindexKnowledgeDocument",
    tag,
    summary: "Index the document again",
    description:
      "Its passages are replaced. Answers at once with status `pending`; poll the document for the outcome.",
    capability,
    params,
    responses: { 202: { description: "Re-indexing", schema: documentResponse } },
    errors: [404],
  },
);
