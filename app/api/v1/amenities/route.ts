import { createAmenityInputSchema } from "@/lib/domain/amenity";
import { apiRoute, json } from "@/server/http/route";
import { defineAmenity } from "@/server/services/amenities/create-amenity";
import { listBuildingAmenities } from "@/server/services/amenities/list-amenities";

export const GET = apiRoute({ capability: "amenity.read" }, async ({ actor }) =>
  json(await listBuildingAmenities(actor)),
);

export const POST = apiRoute(
  { body: createAmenityInputSchema, capability: "amenity.manage" },
  async ({ actor, body }) => json(await defineAmenity(actor, body), 201),
);
