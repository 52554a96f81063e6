"use server";

import { createUploadInputSchema } from "@/lib/domain/upload";
import { createUpload } from "../services/uploads/create-upload";
import { action } from "./action";

/**
 * Signs one photo upload (a presigned POST) for the browser, which then sends the file straight to S3 and
 * passes the returned key when it opens a ticket or adds photos. The server picks the key and the limits.
 */
export const createTicketUploadAction = action(
  createUploadInputSchema,
  async function signTicketPhotoUpload(input, actor) {
    return createUpload(actor, input);
  },
  { capability: "ticket.comment" },
);
