/**
 * Reservation statuses, sources and night kinds: values without schemas. Client components import them from
 * here, so zod stays out of their bundles; reservation.ts re-exports them for server code.
 */

export const RESERVATION_STATUSES = [
  "pending",
  "confirmed",
  "checked_in",
  "checked_out",
  "cancelled",
  /** never checked in by the building's noShowAfterHours after check-in time (issue 17); nights kept, code ended */
  "no_show",
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
/** `airbnb`, `booking`, `vrbo`, `other`: made from that channel's iCal feed (issue 17), with `externalId`. */
export const RESERVATION_SOURCES = ["portal", "api", "ical", "airbnb", "booking", "vrbo", "other"] as const;
export type ReservationSource = (typeof RESERVATION_SOURCES)[number];
/** Statuses that hold nights; cancelled ones have released theirs. */
export const ACTIVE_RESERVATION_STATUSES: readonly ReservationStatus[] = [
  "pending",
  "confirmed",
  "checked_in",
];

/**
 * Staff's review of the guest's ID documents (issue 17): `pending` once a document is uploaded (again), then
 * `approved` or `rejected` with a reason the guest reads on their check-in page (they may upload again, which
 * makes it `pending`). Where the building's `doorCode.requireIdApproval` is on, the door code waits for `approved`.
 */
export const ID_REVIEW_STATUSES = ["pending", "approved", "rejected"] as const;
export type IdReviewStatus = (typeof ID_REVIEW_STATUSES)[number];

/** A booked night, as the availability calendar reads it (one item per night in the database). */
export const NIGHT_KINDS = ["stay", "buffer", "block"] as const;
export type NightKind = (typeof NIGHT_KINDS)[number];
