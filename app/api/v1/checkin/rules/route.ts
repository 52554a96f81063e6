import { acceptRulesInputSchema } from "@/lib/domain/checkin";
import { apiRoute, json } from "@/server/http/route";
import { acceptHouseRules } from "@/server/services/accept-house-rules";

export const POST = apiRoute(
  { body: acceptRulesInputSchema, capability: "reservation.read" },
  async ({ actor, body }) => json({ checkin: await acceptHouseRules(actor, body) }),
);
