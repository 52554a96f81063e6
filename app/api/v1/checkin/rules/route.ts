import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { acceptHouseRules } from "@/server/services/checkin/accept-house-rules";

export const POST = apiRoute(checkinOperations.acceptHouseRules, async ({ actor, body }) =>
  json({ checkin: await acceptHouseRules(actor, body) }),
);
