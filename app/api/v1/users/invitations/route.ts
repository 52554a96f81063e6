import { inviteUserInputSchema } from "@/lib/domain/people";
import { apiRoute, json } from "@/server/http/route";
import { inviteUser } from "@/server/services/people/invite-user";

export const POST = apiRoute(
  { body: inviteUserInputSchema, capability: "user.manage" },
  async ({ actor, body }) => json({ user: await inviteUser(actor, body) }, 201),
);
