import { amenityOperations } from "@/server/http/openapi/resources/amenities";
import { apiRoute, json } from "@/server/http/route";
import { updateAmenity } from "@/server/services/amenities/update-amenity";

export const PUT = apiRoute(amenityOperations.updateAmenity, async ({ actor, params, body }) =>
  json(await updateAmenity(actor, params.id, body)),
);
