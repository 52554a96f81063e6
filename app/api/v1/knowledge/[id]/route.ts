import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { deleteKnowledgeDocumentForActor } from "@/server/services/delete-knowledge-document";
import { getKnowledgeDocumentForActor } from "@/server/services/get-knowledge-document";

export const GET = apiRoute(knowledgeOperations.getKnowledgeDocument, async ({ actor, params }) =>
  json({ document: await getKnowledgeDocumentForActor(actor, params.id) }),
);

export const DELETE = apiRoute(knowledgeOperations.deleteKnowledgeDocument, async ({ actor, params }) => {
  await deleteKnowledgeDocumentForActor(actor, params.id);
  return new Response(null, { status: 204 });
});
