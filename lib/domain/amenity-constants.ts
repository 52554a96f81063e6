/**
 * Amenity values without schemas. Client components import them from here, so zod stays out of their bundles;
 * amenity.ts re-exports them for server code.
 */

/** Who may book an amenity: residents of the building, and guests in house (a stay's check-in session). */
export const AMENITY_BOOKERS = ["resident", "guest"] as const;
export type AmenityBooker = (typeof AMENITY_BOOKERS)[number];

/** The most consecutive slots one booking may hold (each is one counter item in the booking's transaction). */
export const MAX_SLOTS_PER_BOOKING = 8;

export const AMENITY_BOOKING_STATUSES = ["confirmed", "cancelled"] as const;
