"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { resendInvitation } from "../services/people/resend-invitation";
import { action } from "./action";

/** A fresh invitation link by email; the previous one stops working. */
export const resendInvitationAction = action(
  z.object({ userId: idSchema }),
  async function resendFromPage({ userId }, actor) {
    const out = await resendInvitation(actor, userId);
    revalidatePath("/manager/outbox");
    return out;
  },
  { capability: "user.manage" },
);
