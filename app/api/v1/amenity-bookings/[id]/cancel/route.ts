import { amenityOperations } from "@/server/http/openapi/resources/amenities";
import { apiRoute, json } from "@/server/http/route";
import { cancelBooking } from "@/server/services/amenities/cancel-amenity-booking";

export const POST = apiRoute(amenityOperations.cancelAmenityBooking, async ({ actor, params }) =>
  json(await cancelBooking(actor, params.id)),
);
