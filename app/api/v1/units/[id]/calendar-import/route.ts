import { icalImportInputSchema } from "@/lib/domain/ical";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { importUnitCalendar } from "@/server/services/reservations/import-unit-calendar";

export const POST = apiRoute(
  { params: idParamsSchema, body: icalImportInputSchema, capability: "unit.manage" },
  async ({ actor, params, body }) => json(await importUnitCalendar(actor, params.id, body.ics)),
);
