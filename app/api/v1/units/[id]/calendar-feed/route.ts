import { unitCalendarOperations } from "@/server/http/openapi/resources/unit-calendar";
import { apiRoute, json } from "@/server/http/route";
import { issueIcalFeed } from "@/server/services/reservations/issue-ical-feed";

export const POST = apiRoute(unitCalendarOperations.issueUnitCalendarFeed, async ({ actor, params }) =>
  json(await issueIcalFeed(actor, params.id)),
);
