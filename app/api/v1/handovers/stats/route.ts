import { handoverOperations } from "@/server/http/openapi/resources/handovers";
import { apiRoute, json } from "@/server/http/route";
import { handoverStats } from "@/server/services/handover/handover-stats";

export const GET = apiRoute(handoverOperations.handoverStats, async ({ actor }) =>
  json(await handoverStats(actor)),
);
