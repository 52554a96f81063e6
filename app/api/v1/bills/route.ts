import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { listBills } from "@/server/services/billing/list-bills";

export const GET = apiRoute(ops.listBills, async ({ actor, query }) => json(await listBills(actor, query)));
