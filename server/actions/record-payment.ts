"use server";

import { revalidatePath } from "next/cache";
import { paymentFormSchema } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { parseMajorAmount } from "@/lib/money";
import { recordPayment } from "../services/billing/record-payment";
import { getBuilding } from "../services/building/get-building";
import { formAction } from "./action";

/** The billing page's payment form; its idempotency key is made when the form opens, so a double submit counts once. */
export const recordPaymentAction = formAction(
  paymentFormSchema,
  async function recordPaymentFromPage({ amount, ...input }, actor) {
    const { currency } = await getBuilding(actor);
    const amountMinor = parseMajorAmount(amount, currency);
    if (amountMinor === null || amountMinor < 1) {
      throw new AppError("validation", "Enter an amount like 120.50.", {
        fields: { amountMinor: ["Not an amount"] },
      });
    }
    const result = await recordPayment(actor, { ...input, amountMinor });
    revalidatePath("/manager/billing");
    return result;
  },
  { capability: "billing.manage" },
);
