import "server-only";
import { listDueChannelFeeds } from "../../db/channel-feeds";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { claimFeed, syncLeasedFeed } from "./sync-channel-feed";

/**
 * The poller's round (a runtime job beside the door-code sweeper): every feed whose next poll is due, across
 * buildings, read from one sparse index; each is leased before it is fetched, so with several instances each feed
 * is fetched by one of them. A few at a time: one slow channel does not hold the others back for long.
 */
export async function pollChannelFeeds(
  now = new Date(),
  opts: { bridge?: MqttBridge | null; limit?: number } = {},
): Promise<{ polled: number; failed: number }> {
  const due = await listDueChannelFeeds({ now, limit: opts.limit ?? 50 });
  const totals = { polled: 0, failed: 0 };
  const CONCURRENCY = 4;
  for (let i = 0; i < due.length; i += CONCURRENCY) {
    await Promise.all(
      due.slice(i, i + CONCURRENCY).map(async (feed) => {
        const leased = await claimFeed(feed, now, { due: true });
        if (!leased) return;
        const done = await syncLeasedFeed(leased, { now, bridge: opts.bridge });
        totals.polled++;
        if (done.feed.lastError?.at === now.toISOString()) totals.failed++;
      }),
    );
  }
  if (totals.polled) logger.info("channel feeds polled", totals);
  return totals;
}
