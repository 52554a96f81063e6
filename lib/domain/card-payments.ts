import { z } from "zod";
import { idSchema } from "./common";

/**
 * Card payments (issue 22): a resident starts a hosted checkout for one bill's balance; the provider's signed
 * webhook event records the payment (allocated like a manager's, oldest open bill first), once per event.
 */
export const payBillParamsSchema = z.object({ id: idSchema });
export const cardCheckoutSchema = z.object({
  url: z.string().describe("Where to send the payer: the provider's checkout page (or the local double's)."),
  provider: z.enum(["stripe", "local"]),
});
export type CardCheckoutDTO = z.infer<typeof cardCheckoutSchema>;

export const cardWebhookAnswerSchema = z.object({
  received: z.literal(true),
  duplicate: z.boolean().describe("true: this event id was handled before; nothing new was recorded."),
  paymentId: idSchema
    .nullable()
    .describe("The payment the event recorded (or had recorded), if it paid a bill."),
});

/** The part of a Stripe Checkout Session the webhook reads (anything else in the event is ignored). */
export const paidSessionSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(90)
    .regex(/^[A-Za-z0-9_]+$/),
  payment_status: z.string(),
  amount_total: z.number().int().min(1),
  currency: z.string().length(3),
  payment_intent: z.string().max(120).nullable().optional(),
  metadata: z.object({ buildingId: idSchema, billId: idSchema, unitId: idSchema }),
});

/** The local double's checkout page: pay the session in its URL. */
export const localCheckoutInputSchema = z.object({ session: z.string().min(10).max(4000) });
