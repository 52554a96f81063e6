"use server";

import { createKnowledgeUploadInputSchema } from "@/lib/domain/upload";
import { presignKnowledgeUpload } from "../services/knowledge/presign-knowledge-upload";
import { action } from "./action";

/** Signs one knowledge file upload (a presigned POST); the browser sends the file straight to S3. */
export const createKnowledgeUploadAction = action(
  createKnowledgeUploadInputSchema,
  async function signKnowledgeUpload(input, actor) {
    return presignKnowledgeUpload(actor, input);
  },
  { capability: "knowledge.manage" },
);
