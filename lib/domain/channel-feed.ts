import { z } from "zod";
import { CHANNELS, type Channel, FEED_STATUSES, type FeedStatus } from "./channel-feed-constants";
import { idSchema, isoDateSchema, timestampSchema } from "./common";

// values without schemas live in channel-feed-constants.ts (client components import them from there)
export * from "./channel-feed-constants";

/** A channel event that could not become a stay because its nights are held by another stay or block. */
export const feedConflictSchema = z.object({
  uid: z.string().max(1024).describe("The event's UID in the channel's feed."),
  checkIn: isoDateSchema,
  checkOut: isoDateSchema,
  dates: z.array(isoDateSchema).describe("The nights already held here."),
  summary: z.string().max(200),
  since: timestampSchema,
});
export type FeedConflict = z.infer<typeof feedConflictSchema>;

/** The stored feed: the URL of another channel's iCal export for one unit, and how its polling went. */
export type ChannelFeed = {
  id: string;
  buildingId: string;
  unitId: string;
  url: string;
  channel: Channel;
  createdAt: string;
  createdBy: string;
  lastSyncAt: string | null;
  lastSuccessAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  /** validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since */
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  /** one poller per feed across instances: whoever holds an unexpired lease (conditional write on `version`) */
  leaseUntil: string | null;
  version: number;
  conflicts: FeedConflict[];
};

/** What a feed's UID record remembers of the event it last saw (one item per event UID of the feed). */
export type FeedEventRecord = {
  buildingId: string;
  feedId: string;
  uid: string;
  kind: "stay" | "block";
  checkIn: string;
  checkOut: string;
  /** the stay made from it (kind stay), null while it is a conflict */
  reservationId: string | null;
  /** the nights this block holds (kind block): only these are freed when the event goes */
  blockedDates?: string[];
  updatedAt: string;
};

export const channelFeedInputSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: "Use an http(s) URL" })
    .max(2000)
    .describe("The channel's iCal export URL (http or https, a public address)."),
  channel: z
    .enum(CHANNELS)
    .describe("Which channel the export comes from; stays from it carry it as `source`."),
});
export type ChannelFeedInput = z.infer<typeof channelFeedInputSchema>;

export const channelFeedDTOSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  url: z.string(),
  channel: z.enum(CHANNELS),
  status: z
    .enum(FEED_STATUSES)
    .describe(
      "pending: never fetched; ok: last fetch worked; error: last fetch failed; stale: no success for too long.",
    ),
  lastSyncAt: timestampSchema.nullable().describe("The last fetch attempt."),
  lastSuccessAt: timestampSchema.nullable(),
  lastError: z.object({ code: z.string(), message: z.string(), at: timestampSchema }).nullable(),
  nextPollAt: timestampSchema,
  conflicts: z.array(feedConflictSchema).describe("Events not written because their nights are held."),
  createdAt: timestampSchema,
});
export type ChannelFeedDTO = z.infer<typeof channelFeedDTOSchema>;

export const feedSyncResultSchema = z.object({
  feed: channelFeedDTOSchema,
  notModified: z.boolean().describe("The channel answered 304: nothing changed since the last fetch."),
  created: z.number().int(),
  updated: z.number().int(),
  cancelled: z.number().int(),
  conflicts: z.array(feedConflictSchema),
});
export type FeedSyncResult = z.infer<typeof feedSyncResultSchema>;

/** A feed is stale when its last success (or its creation) is older than this many poll intervals. */
export const STALE_AFTER_INTERVALS = 4;

export function feedStatus(feed: ChannelFeed, intervalMs: number, now: Date): FeedStatus {
  const since = Date.parse(feed.lastSuccessAt ?? feed.createdAt);
  if (feed.lastSyncAt && now.getTime() - since > STALE_AFTER_INTERVALS * intervalMs) return "stale";
  if (!feed.lastSyncAt) return "pending";
  return feed.lastError && feed.lastError.at >= (feed.lastSuccessAt ?? "") ? "error" : "ok";
}

export function toChannelFeedDTO(feed: ChannelFeed, intervalMs: number, now = new Date()): ChannelFeedDTO {
  return {
    id: feed.id,
    unitId: feed.unitId,
    url: feed.url,
    channel: feed.channel,
    status: feedStatus(feed, intervalMs, now),
    lastSyncAt: feed.lastSyncAt,
    lastSuccessAt: feed.lastSuccessAt,
    lastError: feed.lastError,
    nextPollAt: feed.nextPollAt,
    conflicts: feed.conflicts,
    createdAt: feed.createdAt,
  };
}

/** The next poll: one interval on, give or take a fifth, so feeds added together do not poll together. */
export function nextPollAt(now: Date, intervalMs: number, random = Math.random()): string {
  const jitter = (random * 0.4 - 0.2) * intervalMs;
  return new Date(now.getTime() + intervalMs + jitter).toISOString();
}

/** One event of a channel's export, as the sync reads it. */
export type ChannelEvent = {
  uid: string;
  summary: string;
  checkIn: string;
  checkOut: string;
  kind: "stay" | "block";
  /** the booking's page on the channel (Airbnb and Vrbo put it in DESCRIPTION) */
  reservationUrl: string | null;
};

/**
 * Whether an event is a booking or a closed period. Airbnb exports bookings as "Reserved" and closed nights as
 * "Airbnb (Not available)"; Vrbo "Reserved - Name" and "Blocked". Booking.com exports every event as
 * "CLOSED - Not available" whether a guest booked it or the host closed it, so its events are all stays.
 */
export function channelEventKind(channel: Channel, summary: string): "stay" | "block" {
  if (channel === "booking") return "stay";
  return /not available|unavailable|blocked/i.test(summary) ? "block" : "stay";
}
