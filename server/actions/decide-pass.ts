"use server";

import { revalidatePath } from "next/cache";
import { idSchema } from "@/lib/domain/common";
import { decidePassInputSchema } from "@/lib/domain/pass";
import { decidePass } from "../services/passes/decide-pass";
import { action } from "./action";

/** Staff approve or decline a pending pass. */
export const decidePassAction = action(
  decidePassInputSchema.extend({ id: idSchema }),
  async function decidePassNow({ id, approve }, actor) {
    const { pass } = await decidePass(actor, id, { approve });
    revalidatePath("/", "layout");
    return { id: pass.id, status: pass.status };
  },
);
