"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { revokeCheckinLink } from "../services/checkin/revoke-checkin-link";
import { action } from "./action";

/** Staff and managers switch a guest's link off; open guest sessions end on their next request. */
export const revokeCheckinLinkAction = action(z.object({ id: idSchema }), async ({ id }, actor) => {
  await revokeCheckinLink(actor, id);
  revalidatePath("/", "layout");
  return { id };
});
