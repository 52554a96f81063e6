import { pageQuerySchema } from "@/lib/domain/common";
import { apiRoute, json } from "@/server/http/route";
import { listUsersForActor } from "@/server/services/list-users";

export const GET = apiRoute({ query: pageQuerySchema, capability: "user.read" }, async ({ actor, query }) =>
  json(await listUsersForActor(actor, query)),
);
