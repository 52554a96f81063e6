import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { reindexKnowledgeDocumentForActor } from "@/server/services/reindex-knowledge-document";

export const POST = apiRoute(knowledgeOperations.reindexKnowledgeDocument, async ({ actor, params }) => {
  const { document } = await reindexKnowledgeDocumentForActor(actor, params.id);
  return json({ document }, 202);
});
