import { guestRegistrationOperations as ops } from "@/server/http/openapi/resources/guest-registration";
import { apiRoute, json } from "@/server/http/route";
import { getParty } from "@/server/services/guest-registration/get-party";

export const GET = apiRoute(ops.getParty, async ({ actor, params }) =>
  json({ party: await getParty(actor, params.id) }),
);
