import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { createKnowledgeDocumentForActor } from "@/server/services/create-knowledge-document";
import { listKnowledgeDocumentsForActor } from "@/server/services/list-knowledge-documents";

export const GET = apiRoute(knowledgeOperations.listKnowledgeDocuments, async ({ actor, query }) =>
  json(await listKnowledgeDocumentsForActor(actor, query)),
);

export const POST = apiRoute(knowledgeOperations.createKnowledgeDocument, async ({ actor, body }) => {
  const { document } = await createKnowledgeDocumentForActor(actor, body);
  return json({ document }, 201);
});
