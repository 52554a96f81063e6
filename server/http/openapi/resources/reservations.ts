import "server-only";
import { createReservationInputSchema } from "@/lib/domain/reservation";
import {
  createdReservationResponseSchema,
  idParamsSchema,
  listReservationsQuerySchema,
  reservationDTOSchema,
  reservationResponseSchema,
} from "@/lib/domain/reservation-api";
import { defineOperations, pageOf } from "../registry";

const tag = "Reservations";

export const reservationOperations = defineOperations({
  listReservations: {
    method: "get",
    path: "/api/v1/reservations",
    tag,
    summary: "Stays the caller may see, with filters",
    description:
      "Staff, managers and tokens: the whole building, newest first (or by arrival/departure date). Residents: the stays of their own units. Guests: their stay. Filters not answered by an index are applied per page, so a page may hold fewer than `limit` items and still have a cursor.",
    capability: "reservation.read",
    query: listReservationsQuerySchema,
    responses: { 200: { description: "A page of stays", schema: pageOf(reservationDTOSchema) } },
  },
  createReservation: {
    method: "post",
    path: "/api/v1/reservations",
    tag,
    summary: "Book a stay",
    description:
      "Residents for their own units, managers for any unit. The building's rules (min/max nights, guests, unit status, dates not in the past in the building's time zone) give 422 naming the field; nights already held (another stay, its cleaning buffer, a block) give 409 naming the dates. The check-in URL is returned once and emailed to the guest.",
    capability: "reservation.create",
    body: createReservationInputSchema,
    responses: { 201: { description: "Booked", schema: createdReservationResponseSchema } },
    errors: [404, 409],
  },
  getReservation: {
    method: "get",
    path: "/api/v1/reservations/{id}",
    tag,
    summary: "One stay",
    capability: "reservation.read",
    params: idParamsSchema,
    responses: { 200: { description: "The stay", schema: reservationResponseSchema } },
  },
  cancelReservation: {
    method: "post",
    path: "/api/v1/reservations/{id}/cancel",
    tag,
    summary: "Cancel a stay and free its nights",
    description: "Residents their own units' stays, managers any. The guest's check-in link is revoked too.",
    capability: "reservation.cancel",
    params: idParamsSchema,
    responses: { 200: { description: "The cancelled stay", schema: reservationResponseSchema } },
    errors: [409],
  },
});
