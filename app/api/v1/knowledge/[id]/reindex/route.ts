import { knowledgeDocumentIdParamsSchema } from "@/lib/domain/knowledge-document";
import { apiRoute, json } from "@/server/http/route";
import { reindexKnowledgeDocument as reindexKnowledgeDocumentForActor } from "@/server/services/knowledge/reindex-knowledge-document";

export const POST = apiRoute(
  { params: knowledgeDocumentIdParamsSchema, capability: "knowledge.manage" },
  async ({ actor, params }) => {
    const { document } = await reindexKnowledgeDocumentForActor(actor, params.id);
    return json({ document }, 202);
  },
);
