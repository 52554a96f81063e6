import "server-only";
import { type CardPaymentProvider, paymentsProviderName } from "./card-provider";
import { LocalCheckoutDouble } from "./local-checkout-double";
import { StripeCheckoutProvider } from "./stripe-provider";

let cached: { name: string; provider: CardPaymentProvider } | undefined;

/** The configured card provider, or null when card payments are off. */
export function cardPaymentProvider(): CardPaymentProvider | null {
  const name = paymentsProviderName();
  if (name === "off") return null;
  if (cached?.name !== name)
    cached = { name, provider: name === "stripe" ? new StripeCheckoutProvider() : new LocalCheckoutDouble() };
  return cached.provider;
}
