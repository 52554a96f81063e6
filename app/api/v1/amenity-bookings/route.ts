import { amenityBookingListQuerySchema, createAmenityBookingInputSchema } from "@/lib/domain/amenity";
import { apiRoute, json } from "@/server/http/route";
import { bookAmenity } from "@/server/services/amenities/book-amenity";
import { listBookings } from "@/server/services/amenities/list-amenity-bookings";

export const GET = apiRoute(
  { query: amenityBookingListQuerySchema, capability: "amenityBooking.read" },
  async ({ actor, query }) => json(await listBookings(actor, query)),
);

export const POST = apiRoute(
  { body: createAmenityBookingInputSchema, capability: "amenityBooking.create" },
  async ({ actor, body }) => json(await bookAmenity(actor, body), 201),
);
