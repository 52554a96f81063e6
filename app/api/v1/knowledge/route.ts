import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { createKnowledgeDocument } from "@/server/services/knowledge/create-knowledge-document";
import { listKnowledgeDocuments } from "@/server/services/knowledge/list-knowledge-documents";

export const GET = apiRoute(knowledgeOperations.listKnowledgeDocuments, async ({ actor, query }) =>
  json(await listKnowledgeDocuments(actor, query)),
);

export const POST = apiRoute(knowledgeOperations.createKnowledgeDocument, async ({ actor, body }) => {
  const { document } = await createKnowledgeDocument(actor, body);
  return json({ document }, 201);
});
