import "server-only";
import type { AmenityBooker, AmenityBooking, CreateAmenityBookingInput } from "@/lib/domain/amenity";
import { slotsOfBooking } from "@/lib/domain/amenity-slots";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAmenity } from "../../db/amenities";
import {
  BookingRefused,
  cancelAmenityBooking,
  createAmenityBooking,
  setAmenityBookingAccess,
} from "../../db/amenity-bookings";
import { getBuilding } from "../../db/buildings";
import { findReservation } from "../../db/reservations";
import { logger } from "../../logger";
import { recordAudit } from "../audit/audit";
import { type AmenityBookingDTO, toAmenityBookingDTO } from "./amenity-dto";
import { issueBookingDoorCode } from "./booking-door-access";

const REFUSAL_TEXT = {
  full: "That slot is full.",
  already_booked: "You already hold a place in that slot.",
  weekly_limit: "You have reached this amenity's weekly limit.",
} as const;

/** Which booker role the actor books as; guests only while their stay is checked in (in house). */
async function bookerRole(actor: Actor): Promise<AmenityBooker> {
  if (actor.role === "resident" && actor.kind === "user") return "resident";
  if (actor.role === "guest" && actor.reservationId) {
    const stay = await findReservation({ buildingId: actor.buildingId, reservationId: actor.reservationId });
    if (stay?.status === "checked_in") return "guest";
  }
  throw new AppError("forbidden", "Only residents and guests in house can book amenities.", {
    details: { reason: "amenity_not_bookable" },
  });
}

/**
 * Books consecutive slots of an amenity for the actor. The slot grid, opening hours and how far ahead are checked
 * here (pure rules in lib/domain/amenity-slots); capacity, one place per person per slot and the weekly limit are
 * enforced by the database in the booking's one transaction. Then the booker gets a door code valid for the slots
 * on the amenity's locks; if that fails the booking is cancelled again, so nobody holds a place without its door.
 */
export async function bookAmenity(
  actor: Actor,
  input: CreateAmenityBookingInput,
  now = new Date(),
): Promise<{ booking: AmenityBookingDTO }> {
  authorize(actor, "amenityBooking.create");
  const role = await bookerRole(actor);
  const [amenity, building] = await Promise.all([
    getAmenity({ buildingId: actor.buildingId, amenityId: input.amenityId }),
    getBuilding({ buildingId: actor.buildingId }),
  ]);
  if (!amenity.bookableBy.includes(role)) {
    throw new AppError("forbidden", `The ${amenity.name} cannot be booked by ${role}s.`, {
      details: { reason: "amenity_not_bookable" },
    });
  }
  const fit = slotsOfBooking(amenity, input, building.timezone, now);
  if (!fit.ok) {
    throw new AppError("validation", `That time cannot be booked (${fit.reason.replaceAll("_", " ")}).`, {
      fields: { startsAt: [fit.reason] },
      details: { reason: `amenity_${fit.reason}` },
    });
  }
  const at = now.toISOString();
  const booking: AmenityBooking = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    amenityId: amenity.id,
    amenityName: amenity.name,
    bookedBy: {
      kind: actor.kind === "guest" ? "guest" : "user",
      id: actor.id,
      role,
      name: actor.name ?? role,
    },
    unitId: actor.unitIds[0] ?? null,
    startsAt: fit.slots[0],
    endsAt: new Date(Date.parse(input.endsAt)).toISOString(),
    day: fit.day,
    week: fit.week,
    slots: fit.slots,
    weekCounted: false,
    status: "confirmed",
    access: null,
    createdAt: at,
    cancelledAt: null,
  };
  let created: AmenityBooking;
  try {
    created = await createAmenityBooking({
      booking,
      capacity: amenity.capacity,
      maxPerWeek: amenity.maxPerWeek,
    });
  } catch (e) {
    if (!(e instanceof BookingRefused)) throw e;
    throw new AppError("conflict", REFUSAL_TEXT[e.reason], {
      details: { reason: `amenity_${e.reason}` },
    });
  }
  try {
    const access = await issueBookingDoorCode(created, amenity, building);
    if (access)
      created = await setAmenityBookingAccess({
        buildingId: created.buildingId,
        bookingId: created.id,
        access,
      });
  } catch (e) {
    logger.error("amenity door code not issued; booking released", {
      bookingId: created.id,
      error: String(e),
    });
    await cancelAmenityBooking({ booking: created, at: new Date().toISOString(), access: null });
    throw e;
  }
  await recordAudit(actor, "amenity.book", { type: "amenity_booking", id: created.id }, "success", {
    amenityId: amenity.id,
    startsAt: created.startsAt,
    endsAt: created.endsAt,
  });
  return { booking: toAmenityBookingDTO(created, actor) };
}
