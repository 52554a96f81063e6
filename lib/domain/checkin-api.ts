import { z } from "zod";
import { addressSchema } from "./building";
import { reservationDTOSchema } from "./reservation-api";

/** Response shapes of the check-in endpoints, for the OpenAPI document (requests are in checkin.ts). */
export const reissueLinkBodySchema = z.object({
  notify: z.boolean().optional().describe("Also email the new link to the guest."),
});

const guestDocumentSchema = z.object({ title: z.string(), text: z.string() });
export const checkinViewSchema = z.object({
  reservation: reservationDTOSchema.omit({ bookedBy: true, notes: true }),
  unit: z.object({ number: z.string(), floor: z.number().int() }),
  building: z.object({
    name: z.string(),
    address: addressSchema,
    timezone: z.string(),
    checkInTime: z.string(),
    checkOutTime: z.string(),
    quietHours: z.object({ start: z.string(), end: z.string() }),
  }),
  houseRules: guestDocumentSchema.extend({ version: z.string() }),
  arrivalGuide: guestDocumentSchema.nullable(),
  steps: z.object({
    details: z.boolean(),
    documents: z.boolean(),
    rules: z.boolean(),
    party: z.boolean().describe("Every guest registered, or not asked by the building."),
  }),
  partyRequired: z
    .boolean()
    .describe("The building's country asks for every guest of the party: `PUT /api/v1/checkin/party`."),
  complete: z.boolean().describe("True once the stay is checked in."),
  idReview: z
    .object({ status: z.enum(["pending", "approved", "rejected"]), reason: z.string().nullable() })
    .nullable()
    .describe(
      "Staff's review of the ID; when `rejected`, `reason` says why and another document may be sent.",
    ),
  idApprovalRequired: z.boolean().describe("The door code waits for staff to approve the ID."),
  mayUploadDocument: z.boolean().describe("An ID document may be uploaded now."),
});
export const checkinResponseSchema = z.object({ checkin: checkinViewSchema });

export const presignedIdDocumentSchema = z.object({
  upload: z.object({
    url: z.string().describe("POST a multipart form here: every `fields` entry, then the `file`."),
    fields: z.record(z.string(), z.string()),
    key: z.string().describe("Send it to `POST /api/v1/checkin/documents` once the upload succeeded."),
    maxBytes: z.number().int(),
    expiresAt: z.string(),
  }),
});

export const idDocumentLinksSchema = z.object({
  documents: z.array(z.object({ key: z.string(), url: z.string(), expiresAt: z.string() })),
});
