"use server";

import { acceptRulesInputSchema } from "@/lib/domain/checkin";
import { acceptHouseRules } from "../services/checkin/accept-house-rules";
import { action } from "./action";

/** Check-in step 3 (guests): accept the version of the house rules that was shown; it is recorded. */
export const acceptHouseRulesAction = action(acceptRulesInputSchema, async (input, actor) => {
  const view = await acceptHouseRules(actor, input);
  return { steps: view.steps, complete: view.complete };
});
