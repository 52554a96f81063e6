import { knowledgeOperations } from "@/server/http/openapi/resources/knowledge";
import { apiRoute, json } from "@/server/http/route";
import { presignKnowledgeUploadForActor } from "@/server/services/presign-knowledge-upload";

export const POST = apiRoute(knowledgeOperations.createKnowledgeUpload, async ({ actor, body }) =>
  json({ upload: await presignKnowledgeUploadForActor(actor, body) }, 201),
);
