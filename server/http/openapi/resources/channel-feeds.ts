import "server-only";
import { z } from "zod";
import {
  channelFeedDTOSchema,
  channelFeedInputSchema,
  feedSyncResultSchema,
} from "@/lib/domain/channel-feed";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Units";

export const channelFeedOperations = defineOperations({
  addChannelFeed: {
    method: "post",
    path: "/api/v1/units/{id}/channel-feeds",
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
  getUnitChannelFeeds: {
    method: "get",
    path: "/api/v1/units/{id}/channel-feeds",
    tag,
    summary: "A unit's channel feeds and their state (last sync, last error, stale, conflicts)",
    capability: "channelFeed.read",
    params: idParamsSchema,
    responses: {
      200: { description: "The feeds", schema: z.object({ feeds: z.array(channelFeedDTOSchema) }) },
    },
    errors: [404],
  },
  removeChannelFeed: {
    method: "delete",
    path: "/api/v1/channel-feeds/{id}",
    tag,
    summary: "Stop importing a feed (the stays it made remain)",
    capability: "channelFeed.manage",
    params: idParamsSchema,
    responses: { 204: { description: "Removed" } },
    errors: [404],
  },
  syncChannelFeed: {
    method: "post",
    path: "/api/v1/channel-feeds/{id}/sync",
    tag,
    summary: "Fetch the feed now and apply it",
    description:
      "Answers what changed. A feed that could not be fetched or read is still a 200: its `feed.lastError` says why. 409 while another sync of the feed runs.",
    capability: "channelFeed.manage",
    params: idParamsSchema,
    responses: { 200: { description: "What the sync did", schema: feedSyncResultSchema } },
    errors: [404, 409],
  },
});
