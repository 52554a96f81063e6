import { peopleOperations } from "@/server/http/openapi/resources/people";
import { apiRoute, json } from "@/server/http/route";
import { listUsersForActor } from "@/server/services/list-users";

export const GET = apiRoute(peopleOperations.listUsers, async ({ actor, query }) =>
  json(await listUsersForActor(actor, query)),
);
