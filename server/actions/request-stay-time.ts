"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { stayTimeRequestInputSchema } from "@/lib/domain/stay-time-request";
import { requestStayTime } from "../services/stays/request-stay-time";
import { action } from "./action";

/** Early check-in / late check-out asked from a stay page (the guest's, the host's or the front desk's). */
export const requestStayTimeAction = action(
  z.object({ id: idSchema, request: stayTimeRequestInputSchema }),
  async function requestStayTimeFromPage({ id, request }, actor) {
    const out = await requestStayTime(actor, id, request);
    revalidatePath("/", "layout");
    return { status: out.request.status };
  },
  { capability: "reservation.timeRequest" },
);
