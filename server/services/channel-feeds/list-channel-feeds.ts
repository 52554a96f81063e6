import "server-only";
import { type ChannelFeedDTO, toChannelFeedDTO } from "@/lib/domain/channel-feed";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { listChannelFeedsByUnit } from "../../db/channel-feeds";
import { loadFeedUnit } from "./feed-access";

/** A unit's channel feeds with their state (the host their own units, staff and managers any). */
export async function listChannelFeeds(
  actor: Actor,
  unitId: string,
  now = new Date(),
): Promise<ChannelFeedDTO[]> {
  const unit = await loadFeedUnit(actor, unitId, "channelFeed.read");
  const feeds = await listChannelFeedsByUnit({ buildingId: unit.buildingId, unitId: unit.id });
  return feeds.map((f) => toChannelFeedDTO(f, config().CHANNEL_FEEDS_POLL_MS, now));
}
