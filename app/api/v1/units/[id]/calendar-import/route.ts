import { unitCalendarOperations } from "@/server/http/openapi/resources/unit-calendar";
import { apiRoute, json } from "@/server/http/route";
import { importUnitCalendar } from "@/server/services/reservations/import-unit-calendar";

export const POST = apiRoute(unitCalendarOperations.importUnitCalendar, async ({ actor, params, body }) =>
  json(await importUnitCalendar(actor, params.id, body.ics)),
);
