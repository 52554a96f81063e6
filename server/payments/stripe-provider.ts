import "server-only";
import Stripe from "stripe";
import { config } from "../config";
import {
  type CardCheckout,
  type CardCheckoutRequest,
  type CardPaymentProvider,
  checkoutMetadata,
} from "./card-provider";

const STRIPE_LOCALES = new Set(["en", "es", "pt-BR", "pt"]);

/**
 * The production adapter: a Stripe Checkout Session (mode `payment`) for the bill's balance, through the official
 * SDK (`stripe`, pinned; its default API version). The session and its payment intent carry the building, bill
 * and unit as metadata, which the signed `checkout.session.completed` event brings back to our webhook.
 */
export class StripeCheckoutProvider implements CardPaymentProvider {
  readonly name = "stripe" as const;
  private readonly stripe: Stripe;

  constructor(secretKey = config().STRIPE_SECRET_KEY) {
    if (!secretKey) throw new Error("STRIPE_SECRET_KEY must be set for PAYMENTS_PROVIDER=stripe");
    this.stripe = new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 15_000 });
  }

  async createCheckout(r: CardCheckoutRequest): Promise<CardCheckout> {
    const metadata = checkoutMetadata(r);
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: r.currency.toLowerCase(),
              unit_amount: r.amountMinor,
              product_data: { name: r.description },
            },
          },
        ],
        client_reference_id: r.billId,
        customer_email: r.customerEmail,
        metadata,
        payment_intent_data: { metadata },
        locale: (STRIPE_LOCALES.has(r.locale) ? r.locale : "auto") as "auto",
        success_url: r.successUrl,
        cancel_url: r.cancelUrl,
      },
      // one session per bill, balance and minute: a double click does not open two checkouts
      {
        idempotencyKey: `${r.buildingId}:${r.billId}:${r.amountMinor}:${Math.floor(Date.now() / 60_000)}`,
      },
    );
    if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
    return { sessionId: session.id, url: session.url };
  }
}
