import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { addTicketCost } from "@/server/services/ticket-costs/add-ticket-cost";
import { listTicketCosts } from "@/server/services/ticket-costs/list-ticket-costs";

export const GET = apiRoute(ops.getTicketCosts, async ({ actor, params }) =>
  json(await listTicketCosts(actor, params.id)),
);

/** 201 when recorded now, 200 with the same cost when its idempotency key was seen before. */
export const POST = apiRoute(ops.addTicketCost, async ({ actor, params, body }) => {
  const { cost, created } = await addTicketCost(actor, params.id, body);
  return json({ cost }, created ? 201 : 200);
});
