import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { recordPayment } from "@/server/services/billing/record-payment";

/** 201 when recorded now, 200 with the same payment when its idempotency key was seen before. */
export const POST = apiRoute(ops.recordPayment, async ({ actor, body }) => {
  const { payment, created } = await recordPayment(actor, body);
  return json({ payment }, created ? 201 : 200);
});
