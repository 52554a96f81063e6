import { peopleOperations } from "@/server/http/openapi/resources/people";
import { apiRoute, json } from "@/server/http/route";
import { getPerson } from "@/server/services/people/get-person";
import { updatePerson } from "@/server/services/people/update-person";

export const GET = apiRoute(peopleOperations.getUser, async ({ actor, params }) =>
  json({ user: await getPerson(actor, params.id) }),
);

export const PATCH = apiRoute(peopleOperations.updateUser, async ({ actor, params, body }) =>
  json({ user: await updatePerson(actor, params.id, body) }),
);
