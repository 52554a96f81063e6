import { outboxOperations } from "@/server/http/openapi/resources/outbox";
import { apiRoute, json } from "@/server/http/route";
import { listOutbox } from "@/server/services/outbox/list-outbox";

export const GET = apiRoute(outboxOperations.listOutbox, async ({ actor, query }) =>
  json(await listOutbox(actor, query)),
);
