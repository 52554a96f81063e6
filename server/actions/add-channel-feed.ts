"use server";

import { revalidatePath } from "next/cache";
import { channelFeedInputSchema } from "@/lib/domain/channel-feed";
import { idSchema } from "@/lib/domain/common";
import { addChannelFeed } from "../services/channel-feeds/add-channel-feed";
import { action } from "./action";

export const addChannelFeedAction = action(
  channelFeedInputSchema.extend({ unitId: idSchema }),
  async function addFromPage({ unitId, ...input }, actor) {
    const feed = await addChannelFeed(actor, unitId, input);
    revalidatePath(`/manager/units/${unitId}`);
    return feed;
  },
  { capability: "channelFeed.manage" },
);
