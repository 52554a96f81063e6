import "server-only";
import Stripe from "stripe";
import { paidSessionSchema } from "@/lib/domain/card-payments";
import { todayIn } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";
import { claimCardEvent, findCardEvent } from "../../db/billing-claims";
import { findBuilding } from "../../db/buildings";
import { paymentIdOf } from "../../db/payments";
import { logger } from "../../logger";
import { paymentsProviderName, webhookSecret } from "../../payments/card-provider";
import { storePayment } from "./store-payment";

/** Events that mean a checkout was paid (card: at once; delayed methods: when they succeed). */
const PAID_EVENTS = new Set(["checkout.session.completed", "checkout.session.async_payment_succeeded"]);
/** Who a webhook-recorded payment is "recorded by" in the payment item. */
const RECORDED_BY = "card-webhook";
export const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * `POST /api/v1/payments/webhook`: a card provider's event. The signature is verified first, by the Stripe SDK
 * (`webhooks.constructEvent`: HMAC-SHA256 of `t.payload` with the endpoint secret, 5-minute tolerance); a
 * missing or wrong one is refused (400) before anything is read or written. A paid checkout records one payment
 * (method card), allocated like a manager's (oldest open bill first, the rest as credit), keyed by the checkout
 * session, so a replayed event, or a second event for the same session, records nothing new; the event id is
 * kept, and a replay answers `duplicate: true`. Other event types are acknowledged and ignored.
 */
export async function handleCardWebhook(
  rawBody: string,
  signature: string | null,
): Promise<{ received: true; duplicate: boolean; paymentId: string | null }> {
  if (paymentsProviderName() === "off") throw new AppError("not_found", "Card payments are not set up.");
  if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES)
    throw new AppError("bad_request", "The event is too large.");
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? "", webhookSecret());
  } catch {
    throw new AppError("bad_request", "The event's signature does not match.");
  }
  if (!PAID_EVENTS.has(event.type)) return { received: true, duplicate: false, paymentId: null };
  const parsed = paidSessionSchema.safeParse(event.data.object);
  if (!parsed.success) {
    logger.warn("card event without our metadata ignored", { eventId: event.id, type: event.type });
    return { received: true, duplicate: false, paymentId: null };
  }
  const session = parsed.data;
  const { buildingId, unitId } = session.metadata;
  const earlier = await findCardEvent({ buildingId, eventId: event.id });
  if (earlier) return { received: true, duplicate: true, paymentId: earlier.paymentId };
  if (session.payment_status !== "paid") return { received: true, duplicate: false, paymentId: null };

  const building = await findBuilding({ buildingId });
  if (!building || building.currency.toLowerCase() !== session.currency.toLowerCase()) {
    logger.error("card payment for an unknown building or in another currency", {
      eventId: event.id,
      buildingId,
    });
    throw new AppError("bad_request", "The event does not match a bill of ours.");
  }
  const idempotencyKey = `stripe:${session.id}`;
  const { payment } = await storePayment(
    buildingId,
    {
      unitId,
      amountMinor: session.amount_total,
      paidOn: todayIn(building.timezone, new Date(event.created * 1000)),
      method: "card",
      reference: (session.payment_intent ?? session.id).slice(0, 120),
      idempotencyKey,
    },
    RECORDED_BY,
  );
  const first = await claimCardEvent({ buildingId, eventId: event.id, paymentId: payment.id });
  return { received: true, duplicate: !first, paymentId: paymentIdOf(buildingId, idempotencyKey) };
}
