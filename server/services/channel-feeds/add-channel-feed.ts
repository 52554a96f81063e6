import "server-only";
import {
  type ChannelFeed,
  type ChannelFeedDTO,
  type ChannelFeedInput,
  toChannelFeedDTO,
} from "@/lib/domain/channel-feed";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { createChannelFeed, listChannelFeedsByUnit } from "../../db/channel-feeds";
import { recordAudit } from "../audit/audit";
import { loadFeedUnit } from "./feed-access";
import { assertFeedUrlAllowed } from "./fetch-feed";

/** A unit holds at most this many feeds (one per channel, and a few more). */
export const MAX_FEEDS_PER_UNIT = 10;

/**
 * Adds a channel's iCal export to a unit (the host for their own unit, managers any): an http(s) URL whose host
 * is a public address (checked now, and again on every fetch). It is polled first right away (next poll now).
 */
export async function addChannelFeed(
  actor: Actor,
  unitId: string,
  input: ChannelFeedInput,
  now = new Date(),
): Promise<ChannelFeedDTO> {
  const unit = await loadFeedUnit(actor, unitId, "channelFeed.manage");
  await assertFeedUrlAllowed(input.url);
  const existing = await listChannelFeedsByUnit({ buildingId: unit.buildingId, unitId: unit.id });
  if (existing.some((f) => f.url === input.url)) {
    throw new AppError("conflict", "This unit already has that feed.", {
      fields: { url: ["Already added"] },
    });
  }
  if (existing.length >= MAX_FEEDS_PER_UNIT)
    throw new AppError("validation", `A unit can have at most ${MAX_FEEDS_PER_UNIT} feeds.`);
  const at = now.toISOString();
  const feed: ChannelFeed = {
    id: newId(now.getTime()),
    buildingId: unit.buildingId,
    unitId: unit.id,
    url: input.url,
    channel: input.channel,
    createdAt: at,
    createdBy: actor.kind === "token" ? `api:${actor.id}` : actor.id,
    lastSyncAt: null,
    lastSuccessAt: null,
    lastError: null,
    etag: null,
    lastModified: null,
    nextPollAt: at,
    leaseUntil: null,
    version: 0,
    conflicts: [],
  };
  await createChannelFeed({ feed });
  await recordAudit(actor, "unit.channelFeed.add", { type: "unit", id: unit.id }, "success", {
    feedId: feed.id,
    channel: feed.channel,
  });
  return toChannelFeedDTO(feed, config().CHANNEL_FEEDS_POLL_MS, now);
}
