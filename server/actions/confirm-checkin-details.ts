"use server";

import { z } from "zod";
import { confirmDetailsInputSchema } from "@/lib/domain/checkin";
import { confirmCheckinDetails } from "../services/checkin/confirm-checkin-details";
import { formAction } from "./action";

const detailsFormSchema = z
  .object({
    guestName: z.string(),
    guestEmail: z.string(),
    guestPhone: z.string().optional(),
    guestCount: z.coerce.number(),
  })
  .transform((f) => ({
    guest: {
      name: f.guestName,
      email: f.guestEmail,
      ...(f.guestPhone?.trim() ? { phone: f.guestPhone } : {}),
    },
    guestCount: f.guestCount,
  }))
  .pipe(confirmDetailsInputSchema);

/** Check-in step 1 (guests): confirm or correct name, email, phone and party size. */
export const confirmCheckinDetailsAction = formAction(detailsFormSchema, async (input, actor) => {
  const view = await confirmCheckinDetails(actor, input);
  return view.steps;
});
