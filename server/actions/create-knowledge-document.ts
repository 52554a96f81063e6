"use server";

import { createKnowledgeDocumentInputSchema } from "@/lib/domain/knowledge-document";
import { createKnowledgeDocument } from "../services/knowledge/create-knowledge-document";
import { action } from "./action";

/** The manager's upload form: after the file went to S3, its key (or inline text) becomes a document; indexing runs on. */
export const createKnowledgeDocumentAction = action(
  createKnowledgeDocumentInputSchema,
  async function createKnowledgeDocumentFromForm(input, actor) {
    const { document } = await createKnowledgeDocument(actor, input);
    return { id: document.id, status: document.status };
  },
  { capability: "knowledge.manage" },
);
