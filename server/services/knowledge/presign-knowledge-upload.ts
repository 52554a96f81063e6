import "server-only";
import type { CreateKnowledgeUploadInput, PresignedUpload } from "@/lib/domain/upload";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { presignUpload } from "../../storage/presign-upload";
import { consumeUploadQuota } from "../uploads/upload-quota";

/**
 * Signs the upload of one knowledge file (Markdown, plain text or PDF, at most 10 MB) for a manager. The key is
 * chosen under the manager's building and the policy names the manager as uploader; the file becomes a document
 * only when `createKnowledgeDocument` has verified the stored object.
 */
export async function presignKnowledgeUpload(
  actor: Actor,
  input: CreateKnowledgeUploadInput,
): Promise<PresignedUpload> {
  authorize(actor, "knowledge.manage");
  await consumeUploadQuota(actor);
  return presignUpload({
    buildingId: actor.buildingId,
    purpose: "knowledge_document",
    contentType: input.contentType,
    uploaderId: actor.id,
  });
}
