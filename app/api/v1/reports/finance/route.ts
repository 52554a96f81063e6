import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { getFinanceReport } from "@/server/services/reports/get-finance-report";

export const GET = apiRoute(ops.getFinanceReport, async ({ actor, query }) =>
  json(await getFinanceReport(actor, query)),
);
