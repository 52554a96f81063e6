import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { startCardPayment } from "@/server/services/billing/start-card-payment";

export const POST = apiRoute(ops.payBill, async ({ actor, params }) =>
  json(await startCardPayment(actor, params.id)),
);
