import { peopleOperations } from "@/server/http/openapi/resources/people";
import { apiRoute, json } from "@/server/http/route";
import { inviteUser } from "@/server/services/people/invite-user";

export const POST = apiRoute(peopleOperations.inviteUser, async ({ actor, body }) =>
  json({ user: await inviteUser(actor, body) }, 201),
);
