"use server";

import { recordIdDocumentInputSchema } from "@/lib/domain/checkin";
import { recordIdDocument } from "../services/checkin/record-id-document";
import { action } from "./action";

/** Check-in step 2b (guests): the server checks the uploaded object, then the stay points at it. */
export const recordIdDocumentAction = action(recordIdDocumentInputSchema, async (input, actor) => {
  const view = await recordIdDocument(actor, input);
  return view.steps;
});
