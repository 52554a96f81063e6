import "server-only";
import { randomInt } from "node:crypto";
import type { Amenity, AmenityBooking, BookingAccess } from "@/lib/domain/amenity";
import type { Building } from "@/lib/domain/building";
import { type DoorCode, isRetired } from "@/lib/domain/device";
import { getDevicesByIds } from "../../db/devices";
import { createDoorCode, markDoorCodeRemovalRequested } from "../../db/door-codes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { oweCodeRemoval } from "../door-codes/code-removals";
import { doorsOf } from "../door-groups/door-locks";

const SYSTEM = { kind: "system" as const, id: "amenity-bookings", name: "Amenity bookings" };

/**
 * A booking's door access: one PIN, valid exactly for the booked slots, stored as a door code on each of the
 * amenity's locks (pending until the lock acknowledges) and sent with `set_code`, through the same door-code
 * store and command bus as a stay's code. The code names its holder (the booker), so a keypad entry with it can
 * be attributed in the access log. Null when the amenity has no working lock.
 */
export async function issueBookingDoorCode(
  booking: AmenityBooking,
  amenity: Pick<Amenity, "doorDeviceIds" | "doorGroupIds" | "name">,
  building: Pick<Building, "config">,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<BookingAccess | null> {
  const doors = await doorsOf(booking.buildingId, {
    deviceIds: amenity.doorDeviceIds,
    doorGroupIds: amenity.doorGroupIds ?? [],
  });
  if (doors.length === 0) return null;
  const locks = (await getDevicesByIds({ buildingId: booking.buildingId, deviceIds: doors })).filter(
    (d) => d.type === "lock" && !isRetired(d),
  );
  if (locks.length === 0) return null;
  const length = building.config.doorCode.length;
  const pin = String(randomInt(0, 10 ** length)).padStart(length, "0");
  const window = { validFrom: booking.startsAt, validUntil: booking.endsAt };
  const now = new Date().toISOString();
  for (const lock of locks) {
    const code: DoorCode = {
      id: booking.id,
      buildingId: booking.buildingId,
      deviceId: lock.id,
      label: `${amenity.name} (${booking.bookedBy.name})`.slice(0, 120),
      pin,
      ...window,
      reservationId: null,
      holder: {
        kind: booking.bookedBy.role,
        id: booking.bookedBy.id,
        name: booking.bookedBy.name.slice(0, 120),
        source: "amenity_booking",
        sourceId: booking.id,
      },
      status: "pending",
      createdAt: now,
      updatedAt: now,
    };
    await createDoorCode({ code });
    await sendCommand(
      bridge,
      { device: lock, action: "set_code", params: { codeId: code.id, pin, ...window }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("set_code failed", { codeId: code.id, deviceId: lock.id, error: String(e) }));
  }
  return { codeId: booking.id, pin, deviceIds: locks.map((l) => l.id), ...window, revokedAt: null };
}

/**
 * Asks every lock holding the booking's code to delete it (a cancelled booking), marking on each code that its
 * removal was asked, so staff see "still on the lock" until the lock acknowledges. The code's own window ends
 * with the slot, so a lock that enforces it stops taking it then; until then (and for a lock that holds no time,
 * until it acknowledges) the sweeper asks again (`oweCodeRemoval`).
 */
export async function revokeBookingDoorCode(
  booking: AmenityBooking,
  access: BookingAccess,
  at: string,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<void> {
  const locks = await getDevicesByIds({ buildingId: booking.buildingId, deviceIds: access.deviceIds });
  for (const lock of locks) {
    await markDoorCodeRemovalRequested({
      buildingId: booking.buildingId,
      deviceId: lock.id,
      codeId: access.codeId,
      at,
    }).catch((e) => logger.warn("door code removal not marked", { codeId: access.codeId, error: String(e) }));
    await sendCommand(
      bridge,
      { device: lock, action: "delete_code", params: { codeId: access.codeId }, issuedBy: SYSTEM },
      { wait: false },
    ).catch((e) => logger.error("delete_code failed", { codeId: access.codeId, error: String(e) }));
  }
  await oweCodeRemoval(
    {
      buildingId: booking.buildingId,
      codeId: access.codeId,
      source: "amenity_booking",
      sourceId: booking.id,
      until: access.validUntil,
      locks,
    },
    new Date(at),
  );
}
