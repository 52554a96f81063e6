"use server";

import { knowledgeDocumentIdParamsSchema } from "@/lib/domain/knowledge-document";
import { deleteKnowledgeDocument } from "../services/knowledge/delete-knowledge-document";
import { action } from "./action";

export const deleteKnowledgeDocumentAction = action(
  knowledgeDocumentIdParamsSchema,
  async function deleteKnowledgeDocumentFromList({ id }, actor) {
    await deleteKnowledgeDocument(actor, id);
    return { id };
  },
  { capability: "knowledge.manage" },
);
