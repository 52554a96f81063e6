import { unitCalendarOperations } from "@/server/http/openapi/resources/unit-calendar";
import { apiRoute, json } from "@/server/http/route";
import { getUnitAvailability } from "@/server/services/reservations/get-unit-availability";

export const GET = apiRoute(unitCalendarOperations.getUnitAvailability, async ({ actor, params, query }) =>
  json({ availability: await getUnitAvailability(actor, params.id, query.month) }),
);
