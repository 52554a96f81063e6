import { NextResponse } from "next/server";
import { icalFeedQuerySchema } from "@/lib/domain/ical";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { parseInput } from "@/lib/validation";
import { errorBody, toSafeError } from "@/server/errors";
import { getUnitCalendar } from "@/server/services/reservations/get-unit-calendar";

/**
 * The one `/api/v1` route without a session or API token: channel managers fetch it with the unit's feed
 * secret in the URL (that is how iCal subscriptions work). So it is not wrapped by `apiRoute`, which requires an
 * actor; it parses with zod and answers errors in the same body shape, and the secret is its whole check.
 */
export async function GET(request: Request, ctx: { params: Promise<Record<string, string>> }) {
  try {
    const { id } = parseInput(idParamsSchema, await ctx.params);
    const { token } = parseInput(icalFeedQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const body = await getUnitCalendar(id, token);
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="unit-${id}.ics"`,
        "cache-control": "private, max-age=60",
      },
    });
  } catch (e) {
    const safe = toSafeError(e, { path: "calendar.ics" });
    return NextResponse.json(errorBody(safe), { status: safe.status });
  }
}
