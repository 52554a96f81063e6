import "server-only";
import { z } from "zod";
import {
  amenityBookingDTOSchema,
  amenityBookingListQuerySchema,
  amenityIdParamsSchema,
  amenitySchema,
  amenitySlotSchema,
  amenitySlotsQuerySchema,
  createAmenityBookingInputSchema,
  createAmenityInputSchema,
} from "@/lib/domain/amenity";
import { defineOperations } from "../registry";

const tag = "Amenities";

export const amenityOperations = defineOperations({
  getAmenityCatalog: {
    method: "get",
    path: "/api/v1/amenities",
    tag,
    summary: "The building's amenities",
    description:
      "Residents and guests see the amenities they may book; staff and managers see all, in name order.",
    capability: "amenity.read",
    responses: { 200: { description: "Every amenity", schema: z.object({ items: z.array(amenitySchema) }) } },
  },
  createAmenity: {
    method: "post",
    path: "/api/v1/amenities",
    tag,
    summary: "Define an amenity",
    description:
      "Managers. `capacity` 1 makes it exclusive; `doorDeviceIds` must be locks of the building (422 naming the bad ids). `maxPerWeek` 0 means no weekly limit.",
    capability: "amenity.manage",
    body: createAmenityInputSchema,
    responses: { 201: { description: "Created", schema: z.object({ amenity: amenitySchema }) } },
  },
  updateAmenity: {
    method: "put",
    path: "/api/v1/amenities/{id}",
    tag,
    summary: "Edit an amenity",
    description:
      "Managers. The whole definition, as for `POST /api/v1/amenities`. Bookings already made keep their slot and door code; new bookings follow the new hours, capacity and limits.",
    capability: "amenity.manage",
    params: amenityIdParamsSchema,
    body: createAmenityInputSchema,
    responses: { 200: { description: "Saved", schema: z.object({ amenity: amenitySchema }) } },
    errors: [404],
  },
  getAmenitySlots: {
    method: "get",
    path: "/api/v1/amenities/{id}/slots",
    tag,
    summary: "An amenity's slots on one day",
    description: "Each slot of the building-local day with the places taken out of its capacity.",
    capability: "amenity.read",
    params: amenityIdParamsSchema,
    query: amenitySlotsQuerySchema,
    responses: {
      200: {
        description: "The day's slots",
        schema: z.object({ amenity: amenitySchema, date: z.string(), slots: z.array(amenitySlotSchema) }),
      },
    },
    errors: [404],
  },
  listAmenityBookings: {
    method: "get",
    path: "/api/v1/amenity-bookings",
    tag,
    summary: "Amenity bookings",
    description:
      "Residents and guests: their own bookings from yesterday on, soonest first. Staff and managers: the confirmed bookings of one building-local day (`date`, default today), in start order.",
    capability: "amenityBooking.read",
    query: amenityBookingListQuerySchema,
    responses: {
      200: {
        description: "A page of bookings",
        schema: z.object({
          items: z.array(amenityBookingDTOSchema),
          cursor: z.string().nullable(),
          date: z.string().optional(),
        }),
      },
    },
  },
  createAmenityBooking: {
    method: "post",
    path: "/api/v1/amenity-bookings",
    tag,
    summary: "Book an amenity slot",
    description:
      "Residents, and guests in house where the amenity allows. `startsAt`/`endsAt` must fall on the amenity's slot grid of one day, inside opening hours and `maxAdvanceDays` (422 with `details.reason`). Capacity, one place per person per slot and `maxPerWeek` are enforced by the database in one transaction: 409 `conflict` with `details.reason` `amenity_full`, `amenity_already_booked` or `amenity_weekly_limit`. The booker gets a door code (`access.pin`) valid for the slot on the amenity's locks.",
    capability: "amenityBooking.create",
    body: createAmenityBookingInputSchema,
    responses: { 201: { description: "Booked", schema: z.object({ booking: amenityBookingDTOSchema }) } },
    errors: [404, 409],
  },
  cancelAmenityBooking: {
    method: "post",
    path: "/api/v1/amenity-bookings/{id}/cancel",
    tag,
    summary: "Cancel an amenity booking",
    description:
      "Its booker, or staff and managers. The places go back at once and the door code is asked off the locks. Cancelling twice is harmless; a booking whose slot has ended answers 409.",
    capability: "amenityBooking.cancel",
    params: amenityIdParamsSchema,
    responses: { 200: { description: "Cancelled", schema: z.object({ booking: amenityBookingDTOSchema }) } },
    errors: [404, 409],
  },
});
