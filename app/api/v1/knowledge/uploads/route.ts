import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { presignKnowledgeUpload } from "@/server/services/knowledge/presign-knowledge-upload";

export const POST = apiRoute(knowledgeOperations.createKnowledgeUpload, async ({ actor, body }) =>
  json({ upload: await presignKnowledgeUpload(actor, body) }, 201),
);
