import "server-only";
import { z } from "zod";
import {
  channelFeedDTOSchema,
  channelFeedInputSchema,
  feedSyncResultSchema,
} from "@/lib/domain/channel-feed";
import { changeReservationInputSchema } from "@/lib/domain/reservation";
import { idParamsSchema, reservationResponseSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Units";

export const channelFeedOperations = defineOperations(
  {
    method: "post",
    path: "/api/v1/units/{id}/channel-feeds",
    id: "addChannelFeed",
    tag,
    summary: "Import a channel's iCal export (Airbnb, Booking.com, Vrbo) into the unit",
    description:
      "The unit's resident (host) or a manager. Only http(s) URLs whose host resolves to public addresses (checked again on every fetch). The feed is polled right away and then every `CHANNEL_FEEDS_POLL_MS` (15 min, jittered): each booking becomes a stay with `source` = the channel and `externalId` = the event's UID; a changed booking moves its stay, a removed one cancels it; a booking whose nights are held here is a conflict, never written over.",
    capability: "channelFeed.manage",
    params: idParamsSchema,
    body: channelFeedInputSchema,
    responses: { 201: { description: "Added", schema: z.object({ feed: channelFeedDTOSchema }) } },
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/api/v1/units/{id}/channel-feeds",
    id: "getUnitChannelFeeds",
    tag,
    summary: "A unit's channel feeds and their state (last sync, last error, stale, conflicts)",
    capability: "channelFeed.read",
    params: idParamsSchema,
    responses: {
      200: { description: "The feeds", schema: z.object({ feeds: z.array(channelFeedDTOSchema) }) },
    },
    errors: [404],
  },
  {
    method: "delete",
    path: "/api/v1/channel-feeds/{id}",
    id: "removeChannelFeed",
    tag,
    summary: "Stop importing a feed (the stays it made remain)",
    capability: "channelFeed.manage",
    params: idParamsSchema,
    responses: { 204: { description: "Removed" } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/channel-feeds/{id}/sync",
    id: "syncChannelFeed",
    tag,
    summary: "Fetch the feed now and apply it",
    description:
      "Answers what changed. A feed that could not be fetched or read is still a 200: its `feed.lastError` says why. 409 while another sync of the feed runs.",
    capability: "channelFeed.manage",
    params: idParamsSchema,
    responses: { 200: { description: "What the sync did", schema: feedSyncResultSchema } },
    errors: [404, 409],
  },
  {
    method: "patch",
    path: "/api/v1/reservations/{id}",
    id: "changeReservation",
    tag: "Reservations",
    summary: "Change a stay: dates, party size, lead guest",
    description:
      "Residents their own units' stays, managers any. New dates move the stay's nights in one transaction (the old nights stay held until the new ones are) and the door code's window on every lock. The building's min/max nights and guest limits apply (422 naming the field); a checked-in stay can only change its check-out. Nights held by another stay, its buffer or a block: 409 with `details.dates`.",
    capability: "reservation.update",
    params: idParamsSchema,
    body: changeReservationInputSchema,
    responses: { 200: { description: "The changed stay", schema: reservationResponseSchema } },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/api/v1/reservations/{id}/check-out",
    id: "checkOutReservation",
    tag: "Reservations",
    summary: "Check a stay out: it ends now and its door code comes off the locks",
    description:
      "The stay's guest, the unit's resident, staff or a manager. Only a checked-in stay (409 otherwise). A stay still checked in at its check-out time is checked out by the server.",
    capability: "reservation.checkOut",
    params: idParamsSchema,
    responses: { 200: { description: "The checked-out stay", schema: reservationResponseSchema } },
    errors: [404, 409],
  },
);
