import { acceptRulesInputSchema } from "@/lib/domain/checkin";
import { apiRoute, json } from "@/server/http/route";
import { acceptHouseRules } from "@/server/services/checkin/accept-house-rules";

export const POST = apiRoute(
  { body: acceptRulesInputSchema, capability: "reservation.read" },
  async ({ actor, body }) => json({ checkin: await acceptHouseRules(actor, body) }),
);
