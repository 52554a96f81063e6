"use server";

import { payBillParamsSchema } from "@/lib/domain/card-payments";
import { startCardPayment } from "../services/billing/start-card-payment";
import { action } from "./action";

/** "Pay" on a resident's open bill: where to send them (the provider's checkout). */
export const startCardPaymentAction = action(
  payBillParamsSchema,
  async function startCardPaymentFromPage({ id }, actor) {
    return startCardPayment(actor, id);
  },
  { capability: "bill.pay" },
);
