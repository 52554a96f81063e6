"use server";

import { localCheckoutInputSchema } from "@/lib/domain/card-payments";
import { completeLocalCheckout } from "../services/billing/local-checkout";
import { action } from "./action";

/** "Pay" on the local double's checkout page (development and demo only; the service refuses otherwise). */
export const completeLocalCheckoutAction = action(
  localCheckoutInputSchema,
  async function completeLocalCheckoutFromPage({ session }, actor) {
    return completeLocalCheckout(actor, session);
  },
  { capability: "bill.pay" },
);
