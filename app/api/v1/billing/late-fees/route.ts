import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { applyLateFees } from "@/server/services/billing/apply-late-fees";

export const POST = apiRoute(ops.applyLateFees, async ({ actor }) => json(await applyLateFees(actor)));
