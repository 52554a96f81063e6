import { amenityOperations } from "@/server/http/openapi/resources/amenities";
import { apiRoute, json } from "@/server/http/route";
import { getAmenityDay } from "@/server/services/amenities/list-amenities";

export const GET = apiRoute(amenityOperations.getAmenitySlots, async ({ actor, params, query }) =>
  json(await getAmenityDay(actor, params.id, query.date)),
);
