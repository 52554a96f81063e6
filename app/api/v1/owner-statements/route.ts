import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { listOwnerStatements } from "@/server/services/owner-statements/list-owner-statements";

export const GET = apiRoute(ops.getOwnerStatements, async ({ actor, query }) =>
  json(await listOwnerStatements(actor, query)),
);
