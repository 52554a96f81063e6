import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { deleteKnowledgeDocument } from "@/server/services/knowledge/delete-knowledge-document";
import { getKnowledgeDocument } from "@/server/services/knowledge/get-knowledge-document";

export const GET = apiRoute(knowledgeOperations.getKnowledgeDocument, async ({ actor, params }) =>
  json({ document: await getKnowledgeDocument(actor, params.id) }),
);

export const DELETE = apiRoute(knowledgeOperations.deleteKnowledgeDocument, async ({ actor, params }) => {
  await deleteKnowledgeDocument(actor, params.id);
  return new Response(null, { status: 204 });
});
