import { billIdParamsSchema } from "@/lib/domain/billing";
import { apiRoute, json } from "@/server/http/route";
import { getBillPdfLink } from "@/server/services/billing/get-bill-pdf-link";

export const GET = apiRoute(
  { params: billIdParamsSchema, capability: "bill.read" },
  async ({ actor, params }) => json(await getBillPdfLink(actor, params.id)),
);
