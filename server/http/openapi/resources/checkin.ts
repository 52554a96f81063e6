import "server-only";
import {
  acceptRulesInputSchema,
  confirmDetailsInputSchema,
  presignIdDocumentInputSchema,
  recordIdDocumentInputSchema,
} from "@/lib/domain/checkin";
import {
  checkinResponseSchema,
  idDocumentLinksSchema,
  presignedIdDocumentSchema,
  reissueLinkBodySchema,
} from "@/lib/domain/checkin-api";
import {
  createdReservationResponseSchema,
  idParamsSchema,
  reservationResponseSchema,
} from "@/lib/domain/reservation-api";
import { defineOperations } from "../registry";

const tag = "Check-in";
const guestOnly =
  "Guests only: the session opened by the check-in link (`/checkin/{token}`, or `POST /api/auth/callback/checkin` with `token`). Other callers get 403.";
const view = { 200: { description: "The check-in as it now stands", schema: checkinResponseSchema } };

export const checkinOperations = defineOperations({
  reissueCheckinLink: {
    method: "post",
    path: "/api/v1/reservations/{id}/checkin-link",
    tag,
    summary: "Issue a new check-in link (the old one stops working)",
    description:
      "The new URL is returned once: only its hash is stored. `notify` also emails it to the guest.",
    capability: "reservation.checkinLink",
    params: idParamsSchema,
    body: reissueLinkBodySchema,
    responses: { 200: { description: "The new link", schema: createdReservationResponseSchema } },
    errors: [409],
  },
  revokeCheckinLink: {
    method: "delete",
    path: "/api/v1/reservations/{id}/checkin-link",
    tag,
    summary: "Revoke the guest's check-in link",
    description: "The link and every guest session opened with it stop working at once.",
    capability: "reservation.checkinLink",
    params: idParamsSchema,
    responses: { 200: { description: "The stay, its link revoked", schema: reservationResponseSchema } },
    errors: [409],
  },
  getIdDocumentLinks: {
    method: "get",
    path: "/api/v1/reservations/{id}/documents",
    tag,
    summary: "Short-lived links to the guest's ID documents",
    description: "Signed GET URLs valid for 5 minutes; each viewing is audited.",
    capability: "reservation.checkinLink",
    params: idParamsSchema,
    responses: { 200: { description: "One link per document", schema: idDocumentLinksSchema } },
  },
  getCheckin: {
    method: "get",
    path: "/api/v1/checkin",
    tag,
    summary: "The guest's stay, arrival information, house rules and check-in steps",
    description: guestOnly,
    capability: "reservation.read",
    responses: view,
  },
  confirmCheckinDetails: {
    method: "post",
    path: "/api/v1/checkin/details",
    tag,
    summary: "Step 1: confirm the guest's details",
    description: guestOnly,
    capability: "reservation.read",
    body: confirmDetailsInputSchema,
    responses: view,
    errors: [409],
  },
  presignIdDocument: {
    method: "post",
    path: "/api/v1/checkin/documents/uploads",
    tag,
    summary: "Step 2a: a presigned POST for one ID document",
    description: `${guestOnly} JPEG, PNG, WebP, HEIC or PDF, at most 10 MB; the form's fields must be sent as given.`,
    capability: "reservation.read",
    body: presignIdDocumentInputSchema,
    responses: { 200: { description: "Where and how to upload", schema: presignedIdDocumentSchema } },
    errors: [409, 429],
  },
  recordIdDocument: {
    method: "post",
    path: "/api/v1/checkin/documents",
    tag,
    summary: "Step 2b: attach an uploaded ID document (checked by the server first)",
    description: guestOnly,
    capability: "reservation.read",
    body: recordIdDocumentInputSchema,
    responses: view,
    errors: [409],
  },
  acceptHouseRules: {
    method: "post",
    path: "/api/v1/checkin/rules",
    tag,
    summary: "Step 3: accept the house rules (the version shown)",
    description: `${guestOnly} 409 when the rules changed since they were shown.`,
    capability: "reservation.read",
    body: acceptRulesInputSchema,
    responses: view,
    errors: [409],
  },
});
