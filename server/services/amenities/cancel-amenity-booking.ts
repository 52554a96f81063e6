import "server-only";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { cancelAmenityBooking, getAmenityBooking } from "../../db/amenity-bookings";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { owedRemovalsBySource } from "../door-codes/code-removals";
import { type AmenityBookingDTO, toAmenityBookingDTO } from "./amenity-dto";
import { revokeBookingDoorCode } from "./booking-door-access";

/**
 * Cancels a booking (its booker, or staff for anyone in the building): the places go back in one transaction,
 * then the door code is asked off the amenity's locks. A booking whose slot has ended cannot be cancelled.
 */
export async function cancelBooking(
  actor: Actor,
  bookingId: string,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<{ booking: AmenityBookingDTO }> {
  const booking = await getAmenityBooking({ buildingId: actor.buildingId, bookingId });
  authorize(actor, "amenityBooking.cancel", {
    buildingId: booking.buildingId,
    owns: (a) => a.id === booking.bookedBy.id,
  });
  if (booking.status === "cancelled") return { booking: toAmenityBookingDTO(booking, actor) };
  if (Date.parse(booking.endsAt) <= now.getTime()) {
    throw new AppError("conflict", "A booking whose slot has ended cannot be cancelled.");
  }
  const at = now.toISOString();
  const access = booking.access ? { ...booking.access, revokedAt: at } : null;
  const cancelled = await cancelAmenityBooking({ booking, at, access });
  if (booking.access) {
    await revokeBookingDoorCode(booking, booking.access, at, bridge).catch((e) =>
      logger.error("amenity door code not revoked", { bookingId, error: String(e) }),
    );
  }
  await recordAudit(actor, "amenity.cancel", { type: "amenity_booking", id: booking.id }, "success", {
    amenityId: booking.amenityId,
  });
  const owed = await owedRemovalsBySource(actor.buildingId, "amenity_booking", [booking.id]);
  return { booking: toAmenityBookingDTO(cancelled, actor, owed.get(booking.id)?.[0]) };
}
