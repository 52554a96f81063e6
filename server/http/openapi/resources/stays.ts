import { z } from "zod";
import "server-only";
import { changeReservationInputSchema, idReviewInputSchema } from "@/lib/domain/reservation";
import {
  idParamsSchema,
  reservationDTOSchema,
  reservationResponseSchema,
} from "@/lib/domain/reservation-api";
import {
  stayTimeDecisionInputSchema,
  stayTimeKindParamsSchema,
  stayTimeRequestInputSchema,
  stayTimeRequestSchema,
} from "@/lib/domain/stay-time-request";
import { defineOperations } from "../registry";

/** Changing and ending stays (issue 17). */
export const stayOperations = defineOperations({
  changeReservation: {
    method: "patch",
    path: "/api/v1/reservations/{id}",
    tag: "Reservations",
    summary: "Change a stay: dates, party size, lead guest",
    description:
      "Residents their own units' stays, managers any. New dates move the stay's nights in one transaction (the old nights stay held until the new ones are) and the door code's window on every lock. The building's min/max nights and guest limits apply (422 naming the field); a checked-in stay can only change its check-out. Nights held by another stay, its buffer or a block: 409 with `details.dates`. An early check-in (when the check-in date changes) or late check-out (when the check-out date changes) pending or approved for the old date is `cancelled` in the same write, with a `reason`: its `arrivalTime`/`departureTime` and its fee are dropped, and the guest and host are notified; a request asked meanwhile makes it a 409 (try again). The check-in link's `expiresAt` follows the stay's new end.",
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
  requestStayTime: {
    method: "post",
    path: "/api/v1/reservations/{id}/time-requests",
    tag: "Reservations",
    summary: "Ask for an early check-in or a late check-out",
    description:
      "The stay's guest, the unit's resident, staff or a manager. Priced from the building's `stayExtras` (the fee is on the request as asked). The time must be offered (409 `stay_time_not_offered`), within the building's earliest arrival / latest departure (422 `stay_time_out_of_range`), still ahead (409 `stay_time_too_late`), and leave the cleaning between a same-day departure and arrival of the unit its window (409 `stay_time_overlap`). One pending request per kind per stay (409 `stay_time_request_open`, also when the stay's date moved while asking); a `cancelled` request (the stay's date moved) may be asked again. A guest's request waits for the host (the unit's residents and the front desk are notified); a host, staff or manager asking is approved at once.",
    capability: "reservation.timeRequest",
    params: idParamsSchema,
    body: stayTimeRequestInputSchema,
    responses: {
      201: {
        description: "The request (pending, or approved when the asker may decide) and the stay",
        schema: z.object({ request: stayTimeRequestSchema, reservation: reservationDTOSchema }),
      },
    },
    errors: [404, 409],
  },
  decideStayTime: {
    method: "post",
    path: "/api/v1/reservations/{id}/time-requests/{kind}/decision",
    tag: "Reservations",
    summary: "Approve or decline an early check-in or late check-out request",
    description:
      "The unit's resident (the host), staff or a manager. Decides the pending request named by `requestId` once: a second decision is 409 `stay_time_decided`. An approval is checked again (as when asked), sets the stay's `arrivalTime` or `departureTime` and moves the door code's window on every lock, the turnover's window, the message timeline and (a late check-out) the check-in link's `expiresAt`, so the guest's stay page lasts until the new departure; the fee stays on the approved request. The guest is notified either way, a decline with its reason.",
    capability: "reservation.timeDecision",
    params: stayTimeKindParamsSchema,
    body: stayTimeDecisionInputSchema,
    responses: {
      200: {
        description: "The decided request and the stay",
        schema: z.object({ request: stayTimeRequestSchema, reservation: reservationDTOSchema }),
      },
    },
    errors: [404, 409],
  },
});
