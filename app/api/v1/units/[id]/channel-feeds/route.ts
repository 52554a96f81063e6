import { channelFeedInputSchema } from "@/lib/domain/channel-feed";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { addChannelFeed } from "@/server/services/channel-feeds/add-channel-feed";
import { listChannelFeeds } from "@/server/services/channel-feeds/list-channel-feeds";

export const POST = apiRoute(
  { params: idParamsSchema, body: channelFeedInputSchema, capability: "channelFeed.manage" },
  async ({ actor, params, body }) => json({ feed: await addChannelFeed(actor, params.id, body) }, 201),
);

export const GET = apiRoute(
  { params: idParamsSchema, capability: "channelFeed.read" },
  async ({ actor, params }) => json({ feeds: await listChannelFeeds(actor, params.id) }),
);
