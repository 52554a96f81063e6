import { peopleOperations } from "@/server/http/openapi/resources/people";
import { apiRoute, json } from "@/server/http/route";
import { listUsers } from "@/server/services/people/list-users";

export const GET = apiRoute(peopleOperations.listUsers, async ({ actor, query }) =>
  json(await listUsers(actor, query)),
);
