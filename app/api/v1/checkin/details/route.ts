import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { confirmCheckinDetails } from "@/server/services/checkin/confirm-checkin-details";

export const POST = apiRoute(checkinOperations.confirmCheckinDetails, async ({ actor, body }) =>
  json({ checkin: await confirmCheckinDetails(actor, body) }),
);
