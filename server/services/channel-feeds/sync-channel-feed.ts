import "server-only";
import { type ChannelFeed, type FeedConflict, nextPollAt } from "@/lib/domain/channel-feed";
import { AppError } from "@/lib/errors";
import { config } from "../../config";
import { getBuilding } from "../../db/buildings";
import { findChannelFeed, replaceChannelFeed } from "../../db/channel-feeds";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { type ApplyOutcome, applyFeedEvents } from "./apply-feed-events";
import { FeedFetchError, fetchFeed } from "./fetch-feed";
import { parseChannelFeed } from "./parse-channel-feed";

export type FeedSync = ApplyOutcome & { feed: ChannelFeed; notModified: boolean };

/**
 * Takes the feed's lease: a conditional write on its version, so across instances exactly one syncs a feed at a
 * time. Not while another holds an unexpired lease; the poller also only when the feed is due. The next poll is
 * set at once (jittered), so a crash mid-sync is retried at the next interval, not in a loop.
 */
export async function claimFeed(
  feed: ChannelFeed,
  now: Date,
  opts: { due: boolean },
): Promise<ChannelFeed | null> {
  if (feed.leaseUntil && Date.parse(feed.leaseUntil) > now.getTime()) return null;
  if (opts.due && Date.parse(feed.nextPollAt) > now.getTime()) return null;
  const c = config();
  const leased: ChannelFeed = {
    ...feed,
    leaseUntil: new Date(now.getTime() + 3 * c.CHANNEL_FEEDS_TIMEOUT_MS + 60_000).toISOString(),
    nextPollAt: nextPollAt(now, c.CHANNEL_FEEDS_POLL_MS),
  };
  if (!(await replaceChannelFeed({ feed: leased, expectedVersion: feed.version }))) return null;
  return { ...leased, version: feed.version + 1 };
}

/**
 * One sync of a leased feed: fetch (If-None-Match / If-Modified-Since), parse, make the unit's stays follow the
 * events, then record the outcome and drop the lease. A failed fetch or an unreadable feed is recorded as the
 * feed's last error (shown to staff) and changes no stay.
 */
export async function syncLeasedFeed(
  feed: ChannelFeed,
  opts: { now?: Date; bridge?: MqttBridge | null } = {},
): Promise<FeedSync> {
  const now = opts.now ?? new Date();
  const bridge = opts.bridge === undefined ? mqttBridge() : opts.bridge;
  const at = now.toISOString();
  let outcome: ApplyOutcome = { created: 0, updated: 0, cancelled: 0, conflicts: feed.conflicts };
  let next: ChannelFeed;
  let notModified = false;
  try {
    const got = await fetchFeed(feed.url, feed);
    if (got.notModified) notModified = true;
    else {
      const building = await getBuilding({ buildingId: feed.buildingId });
      const events = parseChannelFeed(got.text, feed.channel, building.timezone);
      outcome = await applyFeedEvents(feed, building, events, { now, bridge });
    }
    next = {
      ...feed,
      lastSyncAt: at,
      lastSuccessAt: at,
      lastError: null,
      ...(got.notModified ? {} : { etag: got.etag, lastModified: got.lastModified }),
      conflicts: outcome.conflicts,
      leaseUntil: null,
    };
  } catch (e) {
    const known = e instanceof FeedFetchError || (e instanceof AppError && e.code === "validation");
    if (!known) logger.error("channel feed sync failed", { feedId: feed.id, error: String(e) });
    const code = e instanceof FeedFetchError ? e.code : known ? "invalid" : "internal";
    const message = known ? (e as Error).message : "The sync failed; it will be tried again.";
    next = { ...feed, lastSyncAt: at, lastError: { code, message, at }, leaseUntil: null };
  }
  const written = await replaceChannelFeed({ feed: next, expectedVersion: feed.version });
  if (!written) logger.warn("channel feed changed during its sync", { feedId: feed.id });
  return { ...outcome, feed: { ...next, version: feed.version + 1 }, notModified };
}

/** Sync now (a person asked): takes the lease whether or not the feed is due; 409 while another sync runs. */
export async function syncFeedNow(feed: ChannelFeed, now = new Date()): Promise<FeedSync> {
  const leased = await claimFeed(feed, now, { due: false });
  if (!leased) {
    const fresh = await findChannelFeed({ buildingId: feed.buildingId, feedId: feed.id });
    if (!fresh) throw new AppError("not_found", "That feed was not found.");
    throw new AppError("conflict", "This feed is being synced right now; try again in a moment.");
  }
  return syncLeasedFeed(leased, { now });
}

export type { FeedConflict };
