import { z } from "zod";
import { LOCALES } from "../i18n";
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  moneySchema,
  phoneSchema,
  timeOfDaySchema,
  timestampSchema,
} from "./common";
import {
  ID_REVIEW_STATUSES,
  type NightKind,
  RESERVATION_SOURCES,
  RESERVATION_STATUSES,
} from "./reservation-constants";
import { stayTimeRequestSchema } from "./stay-time-request";

// values without schemas live in reservation-constants.ts (client components import them from there)
export * from "./reservation-constants";

/** The guest's language, given when the stay is booked: their pages and emails use it (after their own choice). */
export const guestLocaleSchema = z
  .enum(LOCALES)
  .describe(
    "The guest's language for their stay page and emails; without it, their browser's or the building's.",
  );

export const guestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: emailSchema,
  phone: phoneSchema.optional(),
});
export type Guest = z.infer<typeof guestSchema>;

/** Only the hash of the link's token is stored: a database leak gives no working links. */
export const checkinLinkSchema = z.object({
  tokenHash: z.string().min(16),
  expiresAt: timestampSchema,
  revoked: z.boolean(),
  createdAt: timestampSchema,
});
export type CheckinLink = z.infer<typeof checkinLinkSchema>;

export const checkinProgressSchema = z.object({
  detailsConfirmedAt: timestampSchema.nullable(),
  documentsUploadedAt: timestampSchema.nullable(),
  /** S3 keys of the uploaded ID documents */
  documentKeys: z.array(z.string().max(1024)).max(10),
  rulesAcceptedAt: timestampSchema.nullable(),
  /** the version of the house rules the guest accepted (absent on stays checked in before versions were kept) */
  rulesVersion: z.string().max(80).nullable().optional(),
  /** every guest of the party registered, where the building's country requires it (issue 17) */
  partyRegisteredAt: timestampSchema.nullable().optional(),
});
export type CheckinProgress = z.infer<typeof checkinProgressSchema>;
export const EMPTY_CHECKIN_PROGRESS: CheckinProgress = {
  detailsConfirmedAt: null,
  documentsUploadedAt: null,
  documentKeys: [],
  rulesAcceptedAt: null,
  rulesVersion: null,
};
export const idReviewSchema = z.object({
  status: z.enum(ID_REVIEW_STATUSES),
  reason: z.string().max(500).nullable(),
  reviewedAt: timestampSchema.nullable(),
  /** user id of the reviewer */
  reviewedBy: z.string().max(200).nullable(),
});
export type IdReview = z.infer<typeof idReviewSchema>;

/** `POST /api/v1/reservations/{id}/id-review`: a rejection says why (the guest reads it). */
export const idReviewInputSchema = z
  .object({
    decision: z.enum(["approved", "rejected"]),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((v) => v.decision === "approved" || !!v.reason, {
    path: ["reason"],
    message: "Say why the document is rejected: the guest reads it",
  });
export type IdReviewInput = z.infer<typeof idReviewInputSchema>;

/** The door code issued for the stay: the code lives on the lock (DoorCode), this points at it. */
export const doorAccessSchema = z.object({
  deviceId: idSchema,
  codeId: idSchema,
  validFrom: timestampSchema,
  validUntil: timestampSchema,
  /** deleting the code from the locks: attempts so far and when the last began (retried until every lock took it) */
  revokeAttempts: z.number().int().min(0).optional(),
  lastRevokeAt: timestampSchema.optional(),
  /** set when the code must come off the locks before its end (cancelled stay, leaked check-in link) */
  revokeDueAt: timestampSchema.optional(),
});
export type DoorAccess = z.infer<typeof doorAccessSchema>;

export const reservationSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  /** user id of the resident or manager who booked; `api:<tokenId>` / `ical` for other sources */
  bookedBy: z.string().min(1),
  guest: guestSchema,
  guestCount: z.number().int().min(1).max(50),
  guestLocale: guestLocaleSchema.optional(),
  checkIn: isoDateSchema,
  checkOut: isoDateSchema,
  /** cleaning nights held after check-out (the building's cleaningBufferNights when booked) */
  bufferNights: z.number().int().min(0).max(7),
  status: z.enum(RESERVATION_STATUSES),
  checkinLink: checkinLinkSchema.nullable(),
  checkinProgress: checkinProgressSchema,
  /** staff's review of the uploaded ID documents; absent until the first upload */
  idReview: idReviewSchema.optional(),
  doorAccess: doorAccessSchema.nullable(),
  price: moneySchema.nullable(),
  source: z.enum(RESERVATION_SOURCES),
  /** the event's UID in the channel's feed, for stays made from a feed */
  externalId: z.string().max(1024).optional(),
  /** the channel feed the stay came from */
  channelFeedId: idSchema.optional(),
  /** the booking's page on the channel (from the event's description) */
  channelUrl: z.string().max(500).optional(),
  notes: z.string().max(2000).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  cancelledAt: timestampSchema.nullable(),
  /** when the stay ended: the guest or staff checked out, or the check-out time passed (issue 17) */
  checkedOutAt: timestampSchema.optional(),
  /** this stay's own arrival time (an approved early check-in), over the building's check-in time */
  arrivalTime: timeOfDaySchema.optional(),
  /** this stay's own departure time (an approved late check-out), over the building's check-out time */
  departureTime: timeOfDaySchema.optional(),
  /** the latest early check-in request (one per kind per stay; its fee is the stay's once approved) */
  earlyCheckInRequest: stayTimeRequestSchema.optional(),
  /** the latest late check-out request */
  lateCheckOutRequest: stayTimeRequestSchema.optional(),
  /** when the guest's personal data and ID files were deleted, the building's guestDataRetentionDays after check-out */
  guestDataPurgedAt: timestampSchema.optional(),
});
export type Reservation = z.infer<typeof reservationSchema>;

/** `POST /api/v1/reservations` (SPEC). */
export const createReservationInputSchema = z
  .object({
    unitId: idSchema,
    checkIn: isoDateSchema,
    checkOut: isoDateSchema,
    guest: guestSchema,
    guestCount: z.number().int().min(1).max(50),
    guestLocale: guestLocaleSchema.optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .refine((r) => r.checkOut > r.checkIn, { path: ["checkOut"], message: "Check-out must be after check-in" });
export type CreateReservationInput = z.infer<typeof createReservationInputSchema>;

/**
 * The link hash stays on the server: clients see whether a link exists and until when. `bookedBy` (and `notes`)
 * are absent when the reader is the guest: who booked and the host's notes stay with the host.
 */
export type ReservationDTO = Omit<Reservation, "checkinLink" | "bookedBy"> & {
  bookedBy?: string;
  checkinLink: { expiresAt: string; revoked: boolean } | null;
};
export function toReservationDTO(r: Reservation): ReservationDTO {
  const link = r.checkinLink ? { expiresAt: r.checkinLink.expiresAt, revoked: r.checkinLink.revoked } : null;
  return { ...r, checkinLink: link };
}

/** The DTO for this reader: a guest gets their stay without who booked it and without the host's notes. */
export function toReservationDTOFor(reader: { role: string }, r: Reservation): ReservationDTO {
  const dto = toReservationDTO(r);
  if (reader.role !== "guest") return dto;
  const { bookedBy: _by, notes: _notes, ...forGuest } = dto;
  return forGuest;
}
export type Night = {
  buildingId: string;
  unitId: string;
  date: string;
  kind: NightKind;
  /** the reservation holding the night; null for a manager's block */
  reservationId: string | null;
};

/** `PATCH /api/v1/reservations/{id}` (issue 17): any of the dates, the party size, the lead guest's details. */
export const changeReservationInputSchema = z
  .object({
    checkIn: isoDateSchema.optional(),
    checkOut: isoDateSchema.optional(),
    guestCount: z.number().int().min(1).max(50).optional(),
    guest: guestSchema.optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: "Change at least one field" })
  .refine((c) => !c.checkIn || !c.checkOut || c.checkOut > c.checkIn, {
    path: ["checkOut"],
    message: "Check-out must be after check-in",
  });
export type ChangeReservationInput = z.infer<typeof changeReservationInputSchema>;
