import { updatePersonInputSchema, userIdParamsSchema } from "@/lib/domain/people";
import { apiRoute, json } from "@/server/http/route";
import { getPerson } from "@/server/services/people/get-person";
import { updatePerson } from "@/server/services/people/update-person";

export const GET = apiRoute(
  { params: userIdParamsSchema, capability: "user.read" },
  async ({ actor, params }) => json({ user: await getPerson(actor, params.id) }),
);

export const PATCH = apiRoute(
  { params: userIdParamsSchema, body: updatePersonInputSchema, capability: "user.manage" },
  async ({ actor, params, body }) => json({ user: await updatePerson(actor, params.id, body) }),
);
