import "server-only";
import { AppError, conflict } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { paymentsProviderName } from "../../payments/card-provider";
import {
  LocalCheckoutDouble,
  type LocalCheckoutSession,
  openSession,
} from "../../payments/local-checkout-double";

/** The session in the double's checkout URL, for the payer it was made for only. */
function sessionFor(actor: Actor, sealed: string): LocalCheckoutSession | null {
  authorize(actor, "bill.pay");
  if (paymentsProviderName() !== "local") throw new AppError("not_found", "There is no local checkout here.");
  const session = openSession(sealed);
  if (!session) return null;
  authorize(actor, "bill.pay", {
    buildingId: session.metadata.buildingId,
    owns: ownsUnit(session.metadata.unitId),
  });
  return session;
}

/** What the local double's checkout page shows; null when the link was altered or has expired. */
export function readLocalCheckout(actor: Actor, sealed: string) {
  const s = sessionFor(actor, sealed);
  return s
    ? { amountMinor: s.amount_total, currency: s.currency.toUpperCase(), description: s.description }
    : null;
}

/**
 * "Pay" on the double's page: the double posts the signed `checkout.session.completed` event to our webhook,
 * as Stripe would; the payment exists once the webhook has taken it. Answers where to go next.
 */
export async function completeLocalCheckout(actor: Actor, sealed: string): Promise<{ next: string }> {
  const session = sessionFor(actor, sealed);
  if (!session) throw conflict("This checkout has expired; start again from your bills.");
  const taken = await new LocalCheckoutDouble().complete(session);
  if (!taken) throw new AppError("unavailable", "The payment was not confirmed; try again.");
  const next = new URL(session.success_url);
  return { next: next.pathname + next.search };
}
