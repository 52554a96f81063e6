import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { issueIcalFeed } from "@/server/services/reservations/issue-ical-feed";

export const POST = apiRoute(
  { params: idParamsSchema, capability: "unit.manage" },
  async ({ actor, params }) => json(await issueIcalFeed(actor, params.id)),
);
