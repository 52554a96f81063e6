import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { createCharges } from "@/server/services/charges/create-charges";
import { listCharges } from "@/server/services/charges/list-charges";

export const GET = apiRoute(ops.listCharges, async ({ actor, query }) =>
  json(await listCharges(actor, query)),
);

/** 201 when this call made charges, 200 when every one existed already (the same idempotency key). */
export const POST = apiRoute(ops.createCharges, async ({ actor, body }) => {
  const result = await createCharges(actor, body);
  return json(result, result.created > 0 ? 201 : 200);
});
