import { unitIdParamsSchema } from "@/lib/domain/billing";
import { apiRoute, json } from "@/server/http/route";
import { getUnitLedger } from "@/server/services/billing/get-unit-ledger";

export const GET = apiRoute(
  { params: unitIdParamsSchema, capability: "bill.read" },
  async ({ actor, params }) => json(await getUnitLedger(actor, params.id)),
);
