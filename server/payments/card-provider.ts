import "server-only";
import { authSecret, config } from "../config";

/**
 * Card payments through an outside checkout (issue 22). A provider makes a hosted checkout for one bill's balance
 * and later tells us it was paid by calling our webhook (`POST /api/v1/payments/webhook`) with a Stripe-signed
 * event; nothing is recorded when the checkout is made, only when the signed event arrives. Two adapters:
 * `StripeCheckoutProvider` (production: Stripe Checkout Sessions through the official SDK) and
 * `LocalCheckoutDouble` (development, tests, demo: a page of ours plays the checkout and posts the same signed
 * event, so the webhook path is the production one).
 */
export type CardCheckoutRequest = {
  buildingId: string;
  billId: string;
  unitId: string;
  /** minor units of `currency` (ISO 4217, as the building keeps it) */
  amountMinor: number;
  currency: string;
  /** the line the payer sees, e.g. "Harbor View, unit 101, 2026-03" */
  description: string;
  customerEmail?: string;
  locale: string;
  successUrl: string;
  cancelUrl: string;
};
export type CardCheckout = { sessionId: string; url: string };

export interface CardPaymentProvider {
  readonly name: "stripe" | "local";
  createCheckout(request: CardCheckoutRequest): Promise<CardCheckout>;
}

/** Which provider is configured: `PAYMENTS_PROVIDER`, by default local outside production and off in it. */
export function paymentsProviderName(): "off" | "local" | "stripe" {
  const c = config();
  return c.PAYMENTS_PROVIDER ?? (c.NODE_ENV === "production" ? "off" : "local");
}

/**
 * The secret webhook events are signed with: Stripe's endpoint secret, or for the local double the configured
 * one, else a secret derived from AUTH_SECRET (never a fixed string: a forged event would pay a bill).
 */
export function webhookSecret(): string {
  const c = config();
  if (c.STRIPE_WEBHOOK_SECRET) return c.STRIPE_WEBHOOK_SECRET;
  if (paymentsProviderName() === "stripe") throw new Error("STRIPE_WEBHOOK_SECRET must be set");
  return `whsec_local_${Buffer.from(`${authSecret()}:card-webhook`).toString("base64url")}`;
}

/** The metadata every checkout carries and the webhook reads back (signed by the provider's event). */
export const checkoutMetadata = (r: Pick<CardCheckoutRequest, "buildingId" | "billId" | "unitId">) => ({
  buildingId: r.buildingId,
  billId: r.billId,
  unitId: r.unitId,
});
