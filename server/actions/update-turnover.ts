"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { updateTurnoverInputSchema } from "@/lib/domain/turnover";
import { updateTurnover } from "../services/turnovers/update-turnover";
import { action } from "./action";

/** Staff: assign, tick, report, mark ready (the outside cleaner's link comes back once as `cleanerUrl`). */
export const updateTurnoverAction = action(
  z.object({ id: idSchema, change: updateTurnoverInputSchema }),
  async function changeTurnover({ id, change }, actor) {
    const out = await updateTurnover(actor, id, change);
    revalidatePath("/staff", "layout");
    return out;
  },
  { capability: "turnover.manage" },
);
