"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { syncChannelFeedNow } from "../services/channel-feeds/sync-channel-feed-now";
import { action } from "./action";

export const syncChannelFeedAction = action(
  z.object({ feedId: idSchema, unitId: idSchema }),
  async function syncFromPage({ feedId, unitId }, actor) {
    const done = await syncChannelFeedNow(actor, feedId);
    revalidatePath(`/manager/units/${unitId}`);
    return {
      created: done.created,
      updated: done.updated,
      cancelled: done.cancelled,
      conflicts: done.conflicts.length,
      error: done.feed.lastError?.code ?? null,
    };
  },
  { capability: "channelFeed.manage" },
);
