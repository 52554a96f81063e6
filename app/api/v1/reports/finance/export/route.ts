import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute } from "@/server/http/route";
import { financeCsv } from "@/server/services/reports/finance-csv";
import { getFinanceReport } from "@/server/services/reports/get-finance-report";

/** A table of the finance report as a CSV download an accountant can import. */
export const GET = apiRoute(ops.exportFinanceReport, async ({ actor, query }) => {
  const report = await getFinanceReport(actor, { from: query.from, to: query.to });
  return new Response(`\uFEFF${financeCsv(report, query.table)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="finance-${query.table}-${query.from}-${query.to}.csv"`,
      "cache-control": "no-store",
    },
  });
});
