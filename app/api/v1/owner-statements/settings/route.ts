import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { getOwnerStatementSettings } from "@/server/services/owner-statements/get-owner-statement-settings";
import { setOwnerStatementSettings } from "@/server/services/owner-statements/set-owner-statement-settings";

export const GET = apiRoute(ops.getOwnerStatementSettings, async ({ actor }) =>
  json(await getOwnerStatementSettings(actor)),
);
export const PUT = apiRoute(ops.setOwnerStatementSettings, async ({ actor, body }) =>
  json(await setOwnerStatementSettings(actor, body)),
);
