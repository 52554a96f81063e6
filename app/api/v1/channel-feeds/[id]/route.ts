import { channelFeedOperations } from "@/server/http/openapi/resources/channel-feeds";
import { apiRoute } from "@/server/http/route";
import { removeChannelFeed } from "@/server/services/channel-feeds/remove-channel-feed";

export const DELETE = apiRoute(channelFeedOperations.removeChannelFeed, async ({ actor, params }) => {
  await removeChannelFeed(actor, params.id);
  return new Response(null, { status: 204 });
});
