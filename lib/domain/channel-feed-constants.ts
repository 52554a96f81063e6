/**
 * Channel feed values without schemas. Client components import them from here, so zod stays out of their
 * bundles; channel-feed.ts re-exports them for server code.
 */

/** The channels a unit's calendar is imported from; a stay from a feed has its channel as `source`. */
export const CHANNELS = ["airbnb", "booking", "vrbo", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const FEED_STATUSES = ["pending", "ok", "error", "stale"] as const;
export type FeedStatus = (typeof FEED_STATUSES)[number];
