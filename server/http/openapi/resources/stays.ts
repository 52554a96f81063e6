import "server-only";
import { changeReservationInputSchema, idReviewInputSchema } from "@/lib/domain/reservation";
import { idParamsSchema, reservationResponseSchema } from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

/** Changing and ending stays (issue 17). */
export const stayOperations = defineOperations({
  changeReservation: {
    method: "patch",
    path: "/api/v1/reservations/{id}",
    tag: "Reservations",
    summary: "Change a stay: dates, party size, lead guest",
    description:
      "Residents their own units' stays, managers any. New dates move the stay's nights in one transaction (the old nights stay held until the new ones are) and the door code's window on every lock. The building's min/max nights and guest limits apply (422 naming the field); a checked-in stay can only change its check-out. Nights held by another stay, its buffer or a block: 409 with `details.dates`.",
    capability: "reservation.update",
    params: idParamsSchema,
    body: changeReservationInputSchema,
    responses: { 200: { description: "The changed stay", schema: reservationResponseSchema } },
    errors: [404, 409],
  },
  checkOutReservation: {
    method: "post",
    path: "/api/v1/reservations/{id}/check-out",
    tag: "Reservations",
    summary: "Check a stay out: it ends now and its door code comes off the locks",
    description:
      "The stay's guest, the unit's resident, staff or a manager. Only a checked-in stay (409 otherwise). A stay still checked in at its check-out time is checked out by the server.",
    capability: "reservation.checkOut",
    params: idParamsSchema,
    responses: { 200: { description: "The checked-out stay", schema: reservationResponseSchema } },
    errors: [404, 409],
  },
  reviewIdDocuments: {
    method: "post",
    path: "/api/v1/reservations/{id}/id-review",
    tag: "Reservations",
    summary: "Approve or reject the guest's ID documents",
    description:
      "Staff and managers, signed in (not API tokens: a person decides). Only a pending review of a live stay with at least one document (409 otherwise, also when another reviewer decided first). A rejection needs a `reason`, shown to the guest on their check-in page, where they may upload another document (the review is then pending again). Where the building's `doorCode.requireIdApproval` is on, the door code is issued on approval. Audited.",
    capability: "reservation.idReview",
    params: idParamsSchema,
    body: idReviewInputSchema,
    responses: { 200: { description: "The stay with its `idReview`", schema: reservationResponseSchema } },
    errors: [404, 409],
  },
});
