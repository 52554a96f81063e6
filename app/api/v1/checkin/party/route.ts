import { guestRegistrationOperations as ops } from "@/server/http/openapi/resources/guest-registration";
import { apiRoute, json } from "@/server/http/route";
import { registerParty } from "@/server/services/guest-registration/register-party";

export const PUT = apiRoute(ops.registerParty, async ({ actor, body }) =>
  json({ checkin: await registerParty(actor, body) }),
);
