import { createKnowledgeUploadInputSchema } from "@/lib/domain/upload";
import { apiRoute, json } from "@/server/http/route";
import { presignKnowledgeUpload as presignKnowledgeUploadForActor } from "@/server/services/knowledge/presign-knowledge-upload";

export const POST = apiRoute(
  { body: createKnowledgeUploadInputSchema, capability: "knowledge.manage" },
  async ({ actor, body }) => json({ upload: await presignKnowledgeUploadForActor(actor, body) }, 201),
);
