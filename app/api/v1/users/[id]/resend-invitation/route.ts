import { userIdParamsSchema } from "@/lib/domain/people";
import { apiRoute, json } from "@/server/http/route";
import { resendInvitation } from "@/server/services/people/resend-invitation";

export const POST = apiRoute(
  { params: userIdParamsSchema, capability: "user.manage" },
  async ({ actor, params }) => json(await resendInvitation(actor, params.id)),
);
