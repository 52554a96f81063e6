"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { removeChannelFeed } from "../services/channel-feeds/remove-channel-feed";
import { action } from "./action";

export const removeChannelFeedAction = action(
  z.object({ feedId: idSchema, unitId: idSchema }),
  async function removeFromPage({ feedId, unitId }, actor) {
    await removeChannelFeed(actor, feedId);
    revalidatePath(`/manager/units/${unitId}`);
    return null;
  },
  { capability: "channelFeed.manage" },
);
