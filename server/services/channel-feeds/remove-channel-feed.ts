import "server-only";
import type { Actor } from "@/lib/roles";
import { deleteChannelFeed } from "../../db/channel-feeds";
import { recordAudit } from "../audit/audit";
import { loadFeed } from "./feed-access";

/**
 * Stops importing a feed. The stays it made stay (they are real bookings); its blocks and records are left to
 * lapse with their dates.
 */
export async function removeChannelFeed(actor: Actor, feedId: string): Promise<void> {
  const feed = await loadFeed(actor, feedId, "channelFeed.manage");
  await deleteChannelFeed({ buildingId: feed.buildingId, feedId: feed.id });
  await recordAudit(actor, "unit.channelFeed.remove", { type: "unit", id: feed.unitId }, "success", {
    feedId: feed.id,
  });
}
