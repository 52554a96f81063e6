"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { idReviewInputSchema } from "@/lib/domain/reservation";
import { reviewIdDocuments } from "../services/checkin/review-id-documents";
import { action } from "./action";

/** Staff approve the guest's ID, or reject it with a reason the guest reads on their check-in page. */
export const reviewIdDocumentsAction = action(
  z.object({ id: idSchema, review: idReviewInputSchema }),
  async ({ id, review }, actor) => {
    const r = await reviewIdDocuments(actor, id, review);
    revalidatePath("/", "layout");
    return { status: r.idReview?.status ?? null };
  },
  { capability: "reservation.idReview" },
);
