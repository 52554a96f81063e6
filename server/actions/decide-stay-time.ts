"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { STAY_TIME_KINDS, stayTimeDecisionInputSchema } from "@/lib/domain/stay-time-request";
import { decideStayTime } from "../services/stays/decide-stay-time";
import { action } from "./action";

/** The host or the front desk approves or declines an early check-in / late check-out request. */
export const decideStayTimeAction = action(
  z.object({ id: idSchema, kind: z.enum(STAY_TIME_KINDS), decision: stayTimeDecisionInputSchema }),
  async function decideStayTimeFromPage({ id, kind, decision }, actor) {
    const out = await decideStayTime(actor, id, kind, decision);
    revalidatePath("/", "layout");
    return { status: out.request.status };
  },
  { capability: "reservation.timeDecision" },
);
