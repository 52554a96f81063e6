import { z } from "zod";
import { AMENITY_BOOKERS, AMENITY_BOOKING_STATUSES } from "./amenity-constants";
import { codeRemovalStatusSchema } from "./code-removal";
import { idSchema, timeOfDaySchema, timestampSchema } from "./common";

// values without schemas live in amenity-constants.ts (client components import them from there)
export * from "./amenity-constants";

const amenityCore = z.object({
  name: z.string().trim().min(1).max(80),
  /** the locks a booking opens during its slot; empty: the amenity has no controlled door */
  doorDeviceIds: z.array(idSchema).max(10).default([]),
  /** door groups (zones) a booking also opens, e.g. the lobby on the way to the party room */
  doorGroupIds: z.array(idSchema).max(10).default([]),
  /** 1 = exclusive (a party room); N = N people at once (a gym) */
  capacity: z.number().int().min(1).max(500),
  slotMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60),
  openFrom: timeOfDaySchema,
  /** `24:00` is not a time of day: an amenity open until midnight says `23:59` */
  openUntil: timeOfDaySchema,
  bookableBy: z.array(z.enum(AMENITY_BOOKERS)).min(1).max(2).default(["resident"]),
  /** how far ahead a slot may be booked */
  maxAdvanceDays: z.number().int().min(0).max(365).default(30),
  /** bookings one person may hold per week (Monday to Sunday, in the building's time zone); 0 = no limit */
  maxPerWeek: z.number().int().min(0).max(100).default(0),
  /** house rules for the amenity, shown when booking and cited by the concierge */
  rules: z.string().trim().max(4000).default(""),
  /** recorded, not charged: amounts in the currency's minor unit */
  feeMinor: z.number().int().min(0).max(100_000_000).default(0),
  depositMinor: z.number().int().min(0).max(100_000_000).default(0),
});

export const createAmenityInputSchema = amenityCore.refine((a) => a.openFrom < a.openUntil, {
  message: "openUntil must be after openFrom",
  path: ["openUntil"],
});
export type CreateAmenityInput = z.infer<typeof createAmenityInputSchema>;

export const amenitySchema = amenityCore.extend({
  id: idSchema,
  buildingId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Amenity = z.infer<typeof amenitySchema>;

export const amenityIdParamsSchema = z.object({ id: idSchema });

/** The door code a booking holds on the amenity's locks; the PIN is shown to its booker only. */
export const bookingAccessSchema = z.object({
  codeId: idSchema,
  pin: z.string().regex(/^\d{4,10}$/),
  deviceIds: z.array(idSchema),
  validFrom: timestampSchema,
  validUntil: timestampSchema,
  /** set when the booking was cancelled: the code was asked off every lock */
  revokedAt: timestampSchema.nullable(),
});
export type BookingAccess = z.infer<typeof bookingAccessSchema>;

export const amenityBookingSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  amenityId: idSchema,
  amenityName: z.string(),
  bookedBy: z.object({
    kind: z.enum(["user", "guest"]),
    id: idSchema,
    role: z.enum(AMENITY_BOOKERS),
    name: z.string(),
  }),
  /** the booker's unit (their stay's unit for a guest), for the staff schedule */
  unitId: idSchema.nullable(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  /** the building-local date of the slot, for the day schedule */
  day: z.string(),
  /** the building-local Monday of the slot's week, for the weekly limit */
  week: z.string(),
  slots: z.array(timestampSchema),
  /** whether the booking counts against its booker's weekly limit (the amenity had one when it was made) */
  weekCounted: z.boolean(),
  status: z.enum(AMENITY_BOOKING_STATUSES),
  access: bookingAccessSchema.nullable(),
  createdAt: timestampSchema,
  cancelledAt: timestampSchema.nullable(),
});
export type AmenityBooking = z.infer<typeof amenityBookingSchema>;

export const createAmenityBookingInputSchema = z
  .object({ amenityId: idSchema, startsAt: timestampSchema, endsAt: timestampSchema })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    message: "endsAt must be after startsAt",
    path: ["endsAt"],
  });
export type CreateAmenityBookingInput = z.infer<typeof createAmenityBookingInputSchema>;

export const amenityBookingListQuerySchema = z.object({
  date: z.iso.date().optional().describe("Staff: the building-local day to list (default today)."),
  amenityId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

export const amenitySlotsQuerySchema = z.object({
  date: z.iso.date().describe("The building-local day whose slots to show."),
});

/** One slot of an amenity's day: how many places are taken out of its capacity. */
export const amenitySlotSchema = z.object({
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  taken: z.number().int().min(0),
  capacity: z.number().int().min(1),
});
export type AmenitySlot = z.infer<typeof amenitySlotSchema>;

/** A booking as the API returns it: the door code's PIN only to its booker, while the booking stands. */
export const amenityBookingDTOSchema = amenityBookingSchema.omit({ slots: true, weekCounted: true }).extend({
  access: bookingAccessSchema
    .omit({ pin: true })
    .extend({
      pin: z.string().optional(),
      /** a cancelled booking's code that some locks have not confirmed deleting yet: the sweeper asks again */
      removal: codeRemovalStatusSchema.optional(),
    })
    .nullable(),
});
export type AmenityBookingDTO = z.infer<typeof amenityBookingDTOSchema>;
