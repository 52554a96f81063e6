"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { reissueCheckinLink } from "../services/checkin/reissue-checkin-link";
import { action } from "./action";

/** Staff and managers replace a guest's link; the new URL is shown once and, with `notify`, emailed. */
export const reissueCheckinLinkAction = action(
  z.object({ id: idSchema, notify: z.boolean().optional() }),
  async ({ id, notify }, actor) => {
    const { checkInUrl } = await reissueCheckinLink(actor, id, { notify });
    revalidatePath("/", "layout");
    return { checkInUrl };
  },
);
