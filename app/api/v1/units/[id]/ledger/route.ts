import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { getUnitLedger } from "@/server/services/billing/get-unit-ledger";

export const GET = apiRoute(ops.getUnitLedger, async ({ actor, params }) =>
  json(await getUnitLedger(actor, params.id)),
);
