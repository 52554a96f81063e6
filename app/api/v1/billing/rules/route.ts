import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { setBillingRules } from "@/server/services/billing/set-billing-rules";

export const PUT = apiRoute(ops.setBillingRules, async ({ actor, body }) =>
  json({ schedule: await setBillingRules(actor, body) }),
);
