import { z } from "zod";
import { idSchema, isoDateSchema, moneySchema, pageQuerySchema } from "./common";
import { type NIGHT_KINDS, RESERVATION_STATUSES, reservationSchema } from "./reservation";

/**
 * The JSON API's shapes for reservations and availability (SPEC). Requests are parsed with these by the route
 * handlers and documented from the same objects; responses are described for the OpenAPI document.
 */
export const idParamsSchema = z.object({ id: idSchema });

export const listReservationsQuerySchema = pageQuerySchema.extend({
  status: z.enum(RESERVATION_STATUSES).optional().describe("Only stays in this status."),
  unitId: idSchema.optional().describe("Only this unit's stays."),
  from: isoDateSchema
    .optional()
    .describe("With `unitId`: stays overlapping [from, to). Without: stays arriving on or after `from`."),
  to: isoDateSchema.optional().describe("With `unitId`: exclusive end. Without: arriving on or before `to`."),
  arrivingOn: isoDateSchema.optional().describe("Arrivals of this date (building time zone)."),
  departingOn: isoDateSchema.optional().describe("Departures of this date (building time zone)."),
});
export type ListReservationsQuery = z.infer<typeof listReservationsQuerySchema>;

/** `?month=YYYY-MM` of the availability calendar. */
export const availabilityQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-12")
    .describe("The calendar month, `YYYY-MM`."),
});

/** What a client sees of a reservation: no token hash (toReservationDTO). */
export const reservationDTOSchema = reservationSchema.extend({
  bookedBy: z.string().min(1).optional().describe("Who booked; absent when the caller is the stay's guest."),
  notes: z
    .string()
    .max(2000)
    .optional()
    .describe("The host's notes; absent when the caller is the stay's guest."),
  checkinLink: z.object({ expiresAt: z.string(), revoked: z.boolean() }).nullable(),
});
export const reservationResponseSchema = z.object({ reservation: reservationDTOSchema });
export const createdReservationResponseSchema = z.object({
  reservation: reservationDTOSchema,
  checkInUrl: z.url().describe("The guest's check-in link. Shown once: only its hash is stored."),
});

export const NIGHT_STATES = ["free", "booked", "buffer", "blocked"] as const;
export type NightState = (typeof NIGHT_STATES)[number];
export const availabilityNightSchema = z.object({
  date: isoDateSchema,
  state: z.enum(NIGHT_STATES),
  /** the stay holding the night (booked and buffer nights) */
  reservationId: idSchema.nullable(),
  /** free, not in the past, and the unit can be let */
  bookable: z.boolean(),
});
export const availabilitySchema = z.object({
  unitId: idSchema,
  month: z.string(),
  today: isoDateSchema,
  unit: z.object({
    number: z.string(),
    capacity: z.number().int(),
    rentable: z.boolean(),
    status: z.string(),
  }),
  /** per night, for the price shown before booking (nights × rate) */
  nightlyRate: moneySchema.nullable(),
  rules: z.object({
    minNights: z.number().int(),
    maxNights: z.number().int(),
    maxGuests: z.number().int(),
    bufferNights: z.number().int(),
  }),
  nights: z.array(availabilityNightSchema),
});
export type Availability = z.infer<typeof availabilitySchema>;
export type AvailabilityNight = z.infer<typeof availabilityNightSchema>;
export const nightKindState: Record<(typeof NIGHT_KINDS)[number], NightState> = {
  stay: "booked",
  buffer: "buffer",
  block: "blocked",
};

/** The price the server charges and the page shows: whole nights × the unit's rate, in minor units. */
export function stayPrice(nights: number, nightlyRateMinor: number, currency: string) {
  return { amountMinor: nights * nightlyRateMinor, currency };
}

/** A unit the booking form offers: its booking rules and nightly rate (null: none set). */
export type BookableUnitDTO = {
  id: string;
  number: string;
  maxGuests: number;
  minNights: number;
  maxNights: number;
  rate: { amountMinor: number; currency: string } | null;
};
