import { amenityIdParamsSchema, amenitySlotsQuerySchema } from "@/lib/domain/amenity";
import { apiRoute, json } from "@/server/http/route";
import { getAmenityDay } from "@/server/services/amenities/list-amenities";

export const GET = apiRoute(
  { params: amenityIdParamsSchema, query: amenitySlotsQuerySchema, capability: "amenity.read" },
  async ({ actor, params, query }) => json(await getAmenityDay(actor, params.id, query.date)),
);
