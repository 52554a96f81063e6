import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { getBillPdfLink } from "@/server/services/billing/get-bill-pdf-link";

export const GET = apiRoute(ops.getBillPdf, async ({ actor, params }) =>
  json(await getBillPdfLink(actor, params.id)),
);
