import { pageQuerySchema } from "@/lib/domain/common";
import { createKnowledgeDocumentInputSchema } from "@/lib/domain/knowledge-document";
import { apiRoute, json } from "@/server/http/route";
import { createKnowledgeDocument as createKnowledgeDocumentForActor } from "@/server/services/knowledge/create-knowledge-document";
import { listKnowledgeDocuments as listKnowledgeDocumentsForActor } from "@/server/services/knowledge/list-knowledge-documents";

export const GET = apiRoute(
  { query: pageQuerySchema, capability: "knowledge.manage" },
  async ({ actor, query }) => json(await listKnowledgeDocumentsForActor(actor, query)),
);

export const POST = apiRoute(
  { body: createKnowledgeDocumentInputSchema, capability: "knowledge.manage" },
  async ({ actor, body }) => {
    const { document } = await createKnowledgeDocumentForActor(actor, body);
    return json({ document }, 201);
  },
);
