"use server";

import { knowledgeDocumentIdParamsSchema } from "@/lib/domain/knowledge-document";
import { deleteKnowledgeDocumentForActor } from "../services/knowledge/delete-knowledge-document";
import { action } from "./action";

export const deleteKnowledgeDocumentAction = action(
  knowledgeDocumentIdParamsSchema,
  async function deleteKnowledgeDocumentFromList({ id }, actor) {
    await deleteKnowledgeDocumentForActor(actor, id);
    return { id };
  },
  { capability: "knowledge.manage" },
);
