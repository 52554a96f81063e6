import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { findFeeSchedule } from "@/server/services/billing/find-fee-schedule";
import { setBillingSchedule } from "@/server/services/billing/set-billing-schedule";

export const GET = apiRoute(ops.getBillingSchedule, async ({ actor }) =>
  json({ schedule: await findFeeSchedule(actor) }),
);

export const PUT = apiRoute(ops.setBillingSchedule, async ({ actor, body }) =>
  json({ schedule: await setBillingSchedule(actor, body) }),
);
