"use server";

import { presignIdDocumentInputSchema } from "@/lib/domain/checkin";
import { presignIdDocument } from "../services/checkin/presign-id-document";
import { action } from "./action";

/** Check-in step 2a (guests): a presigned POST for one ID document, straight to the private bucket. */
export const presignIdDocumentAction = action(presignIdDocumentInputSchema, (input, actor) =>
  presignIdDocument(actor, { contentType: input.contentType }),
);
