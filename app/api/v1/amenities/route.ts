import { amenityOperations } from "@/server/http/openapi/resources/amenities";
import { apiRoute, json } from "@/server/http/route";
import { defineAmenity } from "@/server/services/amenities/create-amenity";
import { listBuildingAmenities } from "@/server/services/amenities/list-amenities";

export const GET = apiRoute(amenityOperations.getAmenityCatalog, async ({ actor }) =>
  json(await listBuildingAmenities(actor)),
);

export const POST = apiRoute(amenityOperations.createAmenity, async ({ actor, body }) =>
  json(await defineAmenity(actor, body), 201),
);
