import { amenityOperations } from "@/server/http/openapi/resources/amenities";
import { apiRoute, json } from "@/server/http/route";
import { bookAmenity } from "@/server/services/amenities/book-amenity";
import { listBookings } from "@/server/services/amenities/list-amenity-bookings";

export const GET = apiRoute(amenityOperations.listAmenityBookings, async ({ actor, query }) =>
  json(await listBookings(actor, query)),
);

export const POST = apiRoute(amenityOperations.createAmenityBooking, async ({ actor, body }) =>
  json(await bookAmenity(actor, body), 201),
);
