import { peopleOperations } from "@/server/http/openapi/resources/people";
import { apiRoute, json } from "@/server/http/route";
import { resendInvitation } from "@/server/services/people/resend-invitation";

export const POST = apiRoute(peopleOperations.resendInvitation, async ({ actor, params }) =>
  json(await resendInvitation(actor, params.id)),
);
