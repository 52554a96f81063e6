import { unitCalendarOperations } from "@/server/http/openapi/resources/unit-calendar";
import { publicRoute } from "@/server/http/route";
import { getUnitCalendar } from "@/server/services/reservations/get-unit-calendar";

/**
 * The one `/api/v1` route without a session or API token: channel managers fetch it with the unit's feed
 * secret in the URL (that is how iCal subscriptions work). So it is a `publicRoute`: params and query parsed by
 * the op's schemas, errors in the same body shape, and the secret is its whole check.
 */
export const GET = publicRoute(unitCalendarOperations.getUnitCalendarFeed, async ({ params, query }) => {
  const body = await getUnitCalendar(params.id, query.token);
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="unit-${params.id}.ics"`,
      "cache-control": "private, max-age=60",
    },
  });
});
