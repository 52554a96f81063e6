import "server-only";
import { type FeedSyncResult, toChannelFeedDTO } from "@/lib/domain/channel-feed";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { recordAudit } from "../audit/audit";
import { loadFeed } from "./feed-access";
import { syncFeedNow } from "./sync-channel-feed";

/** "Sync now": the host or a manager fetches the feed at once and sees what changed. */
export async function syncChannelFeedNow(
  actor: Actor,
  feedId: string,
  now = new Date(),
): Promise<FeedSyncResult> {
  const feed = await loadFeed(actor, feedId, "channelFeed.manage");
  const done = await syncFeedNow(feed, now);
  await recordAudit(actor, "unit.channelFeed.sync", { type: "unit", id: feed.unitId }, "success", {
    feedId: feed.id,
    created: done.created,
    updated: done.updated,
    cancelled: done.cancelled,
    conflicts: done.conflicts.length,
  });
  return {
    feed: toChannelFeedDTO(done.feed, config().CHANNEL_FEEDS_POLL_MS, now),
    notModified: done.notModified,
    created: done.created,
    updated: done.updated,
    cancelled: done.cancelled,
    conflicts: done.conflicts,
  };
}
