import { availabilityQuerySchema, idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { getUnitAvailability } from "@/server/services/reservations/get-unit-availability";

export const GET = apiRoute(
  { params: idParamsSchema, query: availabilityQuerySchema, capability: "unit.read" },
  async ({ actor, params, query }) =>
    json({ availability: await getUnitAvailability(actor, params.id, query.month) }),
);
