"use server";

import { knowledgeDocumentIdParamsSchema } from "@/lib/domain/knowledge-document";
import { reindexKnowledgeDocument } from "../services/knowledge/reindex-knowledge-document";
import { action } from "./action";

export const reindexKnowledgeDocumentAction = action(
  knowledgeDocumentIdParamsSchema,
  async function reindexKnowledgeDocumentFromList({ id }, actor) {
    const { document } = await reindexKnowledgeDocument(actor, id);
    return { id: document.id, status: document.status };
  },
  { capability: "knowledge.manage" },
);
