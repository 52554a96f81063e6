import { knowledgeDocumentIdParamsSchema } from "@/lib/domain/knowledge-document";
import { apiRoute, json } from "@/server/http/route";
import { deleteKnowledgeDocument as deleteKnowledgeDocumentForActor } from "@/server/services/knowledge/delete-knowledge-document";
import { getKnowledgeDocument as getKnowledgeDocumentForActor } from "@/server/services/knowledge/get-knowledge-document";

export const GET = apiRoute(
  { params: knowledgeDocumentIdParamsSchema, capability: "knowledge.manage" },
  async ({ actor, params }) => json({ document: await getKnowledgeDocumentForActor(actor, params.id) }),
);

export const DELETE = apiRoute(
  { params: knowledgeDocumentIdParamsSchema, capability: "knowledge.manage" },
  async ({ actor, params }) => {
    await deleteKnowledgeDocumentForActor(actor, params.id);
    return new Response(null, { status: 204 });
  },
);
