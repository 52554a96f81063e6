import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { runBilling } from "@/server/services/billing/run-billing";

/** 201 when this call made the month's run, 200 with the same run when it already existed. */
export const POST = apiRoute(ops.runBilling, async ({ actor, body }) => {
  const { run, created } = await runBilling(actor, body);
  return json({ run }, created ? 201 : 200);
});
