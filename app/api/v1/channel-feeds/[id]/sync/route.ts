import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { syncChannelFeedNow } from "@/server/services/channel-feeds/sync-channel-feed-now";

export const POST = apiRoute(
  { params: idParamsSchema, capability: "channelFeed.manage" },
  async ({ actor, params }) => json(await syncChannelFeedNow(actor, params.id)),
);
