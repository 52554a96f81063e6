import { channelFeedOperations } from "@/server/http/openapi/resources/channel-feeds";
import { apiRoute, json } from "@/server/http/route";
import { addChannelFeed } from "@/server/services/channel-feeds/add-channel-feed";
import { listChannelFeeds } from "@/server/services/channel-feeds/list-channel-feeds";

export const POST = apiRoute(channelFeedOperations.addChannelFeed, async ({ actor, params, body }) =>
  json({ feed: await addChannelFeed(actor, params.id, body) }, 201),
);

export const GET = apiRoute(channelFeedOperations.getUnitChannelFeeds, async ({ actor, params }) =>
  json({ feeds: await listChannelFeeds(actor, params.id) }),
);
