import "server-only";
import { z } from "zod";
import {
  icalFeedQuerySchema,
  icalFeedResponseSchema,
  icalImportInputSchema,
  icalImportResultSchema,
} from "@/lib/domain/ical";
import { availabilityQuerySchema, availabilitySchema, idParamsSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Units";

export const unitCalendarOperations = defineOperations({
  getUnitAvailability: {
    method: "get",
    path: "/api/v1/units/{id}/availability",
    tag,
    summary: "A unit's month: booked, buffer, blocked and free nights",
    description: "Residents and guests their own units; staff and managers any unit of the building.",
    capability: "unit.read",
    params: idParamsSchema,
    query: availabilityQuerySchema,
    responses: {
      200: { description: "The month's nights", schema: z.object({ availability: availabilitySchema }) },
    },
  },
  getUnitCalendarFeed: {
    method: "get",
    path: "/api/v1/units/{id}/calendar.ics",
    tag,
    summary: "The unit's held nights as an iCal feed, for channel managers",
    description:
      "No session or API token: the unit's feed secret in `?token=` is the credential (issue one with `POST /api/v1/units/{id}/calendar-feed`). One all-day event per stay (with its cleaning buffer) or block, no guest details. An unknown or replaced secret is a 404.",
    auth: "public",
    params: idParamsSchema,
    query: icalFeedQuerySchema,
    responses: { 200: { description: "iCalendar text", contentType: "text/calendar" } },
    errors: [404],
  },
  issueUnitCalendarFeed: {
    method: "post",
    path: "/api/v1/units/{id}/calendar-feed",
    tag,
    summary: "Issue the unit's iCal feed URL (the previous one stops working)",
    description: "Managers. The URL holds a secret and is returned once: only its hash is stored.",
    capability: "unit.manage",
    params: idParamsSchema,
    responses: { 200: { description: "The feed URL", schema: icalFeedResponseSchema } },
  },
  importUnitCalendar: {
    method: "post",
    path: "/api/v1/units/{id}/calendar-import",
    tag,
    summary: "Block the nights of another channel's iCal file",
    description:
      "Managers. Every future night held by the file's events is blocked (cancelled events excluded); nights already held are skipped, so importing the same file again changes nothing.",
    capability: "unit.manage",
    params: idParamsSchema,
    body: icalImportInputSchema,
    responses: { 200: { description: "What was blocked and skipped", schema: icalImportResultSchema } },
  },
});
