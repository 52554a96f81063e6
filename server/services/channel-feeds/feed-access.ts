import "server-only";
import type { ChannelFeed } from "@/lib/domain/channel-feed";
import { notFound } from "@/lib/errors";
import { authorize, type Capability, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findChannelFeed } from "../../db/channel-feeds";
import { findUnit } from "../../db/units";

/** The unit, if the actor may use `capability` on its feeds (residents: their own units; another unit is a 404). */
export async function loadFeedUnit(actor: Actor, unitId: string, capability: Capability) {
  authorize(actor, capability);
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit || (actor.role === "resident" && !ownsUnit(unit.id)(actor))) throw notFound("Unit");
  authorize(actor, capability, { buildingId: unit.buildingId, owns: ownsUnit(unit.id) });
  return unit;
}

/** A feed of the actor's building on a unit they may use it for; anything else is a 404. */
export async function loadFeed(actor: Actor, feedId: string, capability: Capability): Promise<ChannelFeed> {
  authorize(actor, capability);
  const feed = await findChannelFeed({ buildingId: actor.buildingId, feedId });
  if (!feed || (actor.role === "resident" && !ownsUnit(feed.unitId)(actor))) throw notFound("Feed");
  authorize(actor, capability, { buildingId: feed.buildingId, owns: ownsUnit(feed.unitId) });
  return feed;
}
