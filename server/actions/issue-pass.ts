"use server";

import { revalidatePath } from "next/cache";
import { createPassInputSchema } from "@/lib/domain/pass";
import { issuePass } from "../services/passes/issue-pass";
import { action } from "./action";

/** Issues an access pass (residents, staff; the service checks the doors and the schedule). */
export const issuePassAction = action(createPassInputSchema, async function issuePassNow(input, actor) {
  const { pass, link } = await issuePass(actor, input);
  revalidatePath("/", "layout");
  return { id: pass.id, status: pass.status, pin: pass.pin, link };
});
