import { listBillsQuerySchema } from "@/lib/domain/billing";
import { apiRoute, json } from "@/server/http/route";
import { listBills } from "@/server/services/billing/list-bills";

export const GET = apiRoute(
  { query: listBillsQuerySchema, capability: "bill.read" },
  async ({ actor, query }) => json(await listBills(actor, query)),
);
