import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { handBack } from "@/server/services/handover/hand-back";

export const POST = apiRoute(handoverOperations.handBackHandover, async ({ actor, params }) =>
  json({ handover: await handBack(actor, params.id) }),
);
