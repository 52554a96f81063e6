import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { reindexKnowledgeDocument } from "@/server/services/knowledge/reindex-knowledge-document";

export const POST = apiRoute(knowledgeOperations.reindexKnowledgeDocument, async ({ actor, params }) => {
  const { document } = await reindexKnowledgeDocument(actor, params.id);
  return json({ document }, 202);
});
