import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { json, publicRoute } from "@/server/http/route";
import { handleCardWebhook } from "@/server/services/billing/handle-card-webhook";

/** The raw body is read as text: the signature is over the exact bytes the provider sent. */
export const POST = publicRoute(ops.receiveCardWebhook, async ({ request }) =>
  json(await handleCardWebhook(await request.text(), request.headers.get("stripe-signature"))),
);
