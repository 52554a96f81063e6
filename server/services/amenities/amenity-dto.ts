import "server-only";
import type { AmenityBooking, AmenityBookingDTO } from "@/lib/domain/amenity";
import type { CodeRemovalStatus } from "@/lib/domain/code-removal";
import type { Actor } from "@/lib/roles";

export type { AmenityBookingDTO };

/** The booking as the caller may see it: the PIN only for its booker, and only while the booking stands. */
export function toAmenityBookingDTO(
  b: AmenityBooking,
  actor: Actor,
  removal?: CodeRemovalStatus,
): AmenityBookingDTO {
  const { slots: _slots, weekCounted: _w, access, ...rest } = b;
  const mine = b.bookedBy.id === actor.id && b.status === "confirmed";
  if (!access) return { ...rest, access: null };
  const { pin, ...withoutPin } = access;
  const owed = removal ? { removal } : {};
  return { ...rest, access: mine ? { ...withoutPin, pin, ...owed } : { ...withoutPin, ...owed } };
}

/** The booker id of an actor: a person's user id, or a guest's id within their stay. */
export const bookerId = (actor: Actor) => actor.id;
