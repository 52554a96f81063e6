import { amenityIdParamsSchema } from "@/lib/domain/amenity";
import { apiRoute, json } from "@/server/http/route";
import { cancelBooking } from "@/server/services/amenities/cancel-amenity-booking";

export const POST = apiRoute(
  { params: amenityIdParamsSchema, capability: "amenityBooking.cancel" },
  async ({ actor, params }) => json(await cancelBooking(actor, params.id)),
);
