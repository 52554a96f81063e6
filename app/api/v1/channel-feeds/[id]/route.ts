import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute } from "@/server/http/route";
import { removeChannelFeed } from "@/server/services/channel-feeds/remove-channel-feed";

export const DELETE = apiRoute(
  { params: idParamsSchema, capability: "channelFeed.manage" },
  async ({ actor, params }) => {
    await removeChannelFeed(actor, params.id);
    return new Response(null, { status: 204 });
  },
);
