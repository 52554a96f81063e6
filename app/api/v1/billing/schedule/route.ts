import { billingScheduleInputSchema } from "@/lib/domain/billing";
import { apiRoute, json } from "@/server/http/route";
import { findFeeSchedule } from "@/server/services/billing/find-fee-schedule";
import { setBillingSchedule } from "@/server/services/billing/set-billing-schedule";

export const GET = apiRoute({ capability: "billing.manage" }, async ({ actor }) =>
  json({ schedule: await findFeeSchedule(actor) }),
);

export const PUT = apiRoute(
  { body: billingScheduleInputSchema, capability: "billing.manage" },
  async ({ actor, body }) => json({ schedule: await setBillingSchedule(actor, body) }),
);
