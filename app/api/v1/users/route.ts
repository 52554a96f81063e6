import { listPeopleQuerySchema } from "@/lib/domain/people";
import { apiRoute, json } from "@/server/http/route";
import { listUsers as listUsersForActor } from "@/server/services/people/list-users";

export const GET = apiRoute(
  { query: listPeopleQuerySchema, capability: "user.read" },
  async ({ actor, query }) => json(await listUsersForActor(actor, query)),
);
