"use server";

import { revalidatePath } from "next/cache";
import { billingRunInputSchema } from "@/lib/domain/billing";
import { runBilling } from "../services/billing/run-billing";
import { formAction } from "./action";

/** The billing page's "Run billing" form; running a month twice answers the run already made. */
export const runBillingAction = formAction(
  billingRunInputSchema,
  async function runBillingFromPage(input, actor) {
    const result = await runBilling(actor, input);
    revalidatePath("/manager/billing");
    return result;
  },
  { capability: "billing.manage" },
);
