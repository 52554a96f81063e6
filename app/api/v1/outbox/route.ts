import { listOutboxQuerySchema } from "@/lib/domain/outbox-email";
import { apiRoute, json } from "@/server/http/route";
import { listOutbox } from "@/server/services/outbox/list-outbox";

export const GET = apiRoute(
  { query: listOutboxQuerySchema, capability: "outbox.read" },
  async ({ actor, query }) => json(await listOutbox(actor, query)),
);
