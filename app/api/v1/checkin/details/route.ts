import { confirmDetailsInputSchema } from "@/lib/domain/checkin";
import { apiRoute, json } from "@/server/http/route";
import { confirmCheckinDetails } from "@/server/services/checkin/confirm-checkin-details";

export const POST = apiRoute(
  { body: confirmDetailsInputSchema, capability: "reservation.read" },
  async ({ actor, body }) => json({ checkin: await confirmCheckinDetails(actor, body) }),
);
