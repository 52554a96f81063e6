import { channelFeedOperations } from "@/server/http/openapi/resources/channel-feeds";
import { apiRoute, json } from "@/server/http/route";
import { syncChannelFeedNow } from "@/server/services/channel-feeds/sync-channel-feed-now";

export const POST = apiRoute(channelFeedOperations.syncChannelFeed, async ({ actor, params }) =>
  json(await syncChannelFeedNow(actor, params.id)),
);
