import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import Stripe from "stripe";
import { authSecret, config } from "../config";
import {
  type CardCheckout,
  type CardCheckoutRequest,
  type CardPaymentProvider,
  checkoutMetadata,
  webhookSecret,
} from "./card-provider";

/** What the double's checkout page shows and completes: a Stripe-shaped Checkout Session, signed into the URL. */
export type LocalCheckoutSession = {
  id: string;
  amount_total: number;
  currency: string;
  description: string;
  metadata: { buildingId: string; billId: string; unitId: string };
  success_url: string;
  cancel_url: string;
  /** ms since epoch; the page refuses an older session */
  expires_at: number;
};

/** How a signed event reaches the webhook: by default an HTTP POST to APP_URL, as Stripe would send it. */
export type WebhookDelivery = (body: string, headers: Record<string, string>) => Promise<{ status: number }>;

const SESSION_TTL_MS = 30 * 60_000;
export const WEBHOOK_PATH = "/api/v1/payments/webhook";

const httpDelivery: WebhookDelivery = async (body, headers) => {
  const res = await fetch(new URL(WEBHOOK_PATH, config().APP_URL), { method: "POST", body, headers });
  return { status: res.status };
};

/**
 * A stand-in for Stripe Checkout, for development, the demo and tests: NO MONEY MOVES. `createCheckout` returns
 * a page of this app (`/resident/bills/checkout`) carrying the session, HMAC-signed so it cannot be altered;
 * `complete` does what Stripe does when a card is paid: it builds a `checkout.session.completed` event, signs it
 * with the webhook secret exactly as Stripe signs (`Stripe-Signature: t=…,v1=HMAC-SHA256(t.payload)`, made with
 * the SDK's own `generateTestHeaderString`) and posts it to our webhook, which verifies it with
 * `webhooks.constructEvent` like any Stripe event.
 */
export class LocalCheckoutDouble implements CardPaymentProvider {
  readonly name = "local" as const;

  constructor(private readonly deliver: WebhookDelivery = httpDelivery) {}

  async createCheckout(r: CardCheckoutRequest): Promise<CardCheckout> {
    const session: LocalCheckoutSession = {
      id: `cs_local_${randomBytes(12).toString("hex")}`,
      amount_total: r.amountMinor,
      currency: r.currency.toLowerCase(),
      description: r.description,
      metadata: checkoutMetadata(r),
      success_url: r.successUrl,
      cancel_url: r.cancelUrl,
      expires_at: Date.now() + SESSION_TTL_MS,
    };
    const url = new URL("/resident/bills/checkout", config().APP_URL);
    url.searchParams.set("session", sealSession(session));
    return { sessionId: session.id, url: url.pathname + url.search };
  }

  /** The signed webhook request Stripe would send for this session being paid (tests send it themselves too). */
  signedEvent(session: LocalCheckoutSession, at = new Date()) {
    const created = Math.floor(at.getTime() / 1000);
    const event = {
      id: `evt_local_${randomBytes(12).toString("hex")}`,
      object: "event",
      type: "checkout.session.completed",
      created,
      livemode: false,
      data: {
        object: {
          id: session.id,
          object: "checkout.session",
          mode: "payment",
          status: "complete",
          payment_status: "paid",
          amount_total: session.amount_total,
          currency: session.currency,
          client_reference_id: session.metadata.billId,
          metadata: session.metadata,
          payment_intent: `pi_local_${session.id.slice(9)}`,
        },
      },
    };
    const body = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: webhookSecret(),
      timestamp: created,
    });
    return {
      eventId: event.id,
      body,
      headers: { "content-type": "application/json", "stripe-signature": signature },
    };
  }

  /** Pays the session: posts its signed event to the webhook; true when the webhook took it (2xx). */
  async complete(session: LocalCheckoutSession): Promise<boolean> {
    const { body, headers } = this.signedEvent(session);
    const { status } = await this.deliver(body, headers);
    return status >= 200 && status < 300;
  }
}

const mac = (data: string) => createHmac("sha256", authSecret()).update(`local-checkout:${data}`).digest();

export function sealSession(session: LocalCheckoutSession): string {
  const data = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${data}.${mac(data).toString("base64url")}`;
}

/** The session in a checkout URL, or null when it was altered or has expired. */
export function openSession(sealed: string, now = Date.now()): LocalCheckoutSession | null {
  const [data, sig] = sealed.split(".");
  if (!data || !sig) return null;
  const given = Buffer.from(sig, "base64url");
  const want = mac(data);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
  try {
    const s = JSON.parse(Buffer.from(data, "base64url").toString("utf8")) as LocalCheckoutSession;
    return s.expires_at > now ? s : null;
  } catch {
    return null;
  }
}
