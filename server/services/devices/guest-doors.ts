import "server-only";
import { type Device, isRetired } from "@/lib/domain/device";
import type { Reservation } from "@/lib/domain/reservation";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findReservation } from "../../db/reservations";
import { stayLocks } from "../door-codes/stay-door-codes";

/** The guest's stay, or not found (a guest session always names one). */
export async function guestStayOf(actor: Actor): Promise<Reservation> {
  const r = actor.reservationId
    ? await findReservation({ buildingId: actor.buildingId, reservationId: actor.reservationId })
    : null;
  if (!r) throw notFound("Reservation");
  return r;
}

/** The locks a guest's stay opens (its unit's door and the shared doors of its code), none retired. */
export async function guestDoorsOf(r: Reservation): Promise<Device[]> {
  return (await stayLocks(r)).filter((d) => !isRetired(d));
}

/**
 * One of the guest's doors for a command, or not found: any other device of the building is reported as not
 * found, so its existence does not leak. Whether the stay allows opening it now is checked by the command.
 */
export async function loadGuestDoor(actor: Actor, deviceId: string): Promise<Device> {
  authorize(actor, "device.command");
  const r = await guestStayOf(actor);
  authorize(actor, "device.command", { buildingId: r.buildingId, owns: (a) => a.reservationId === r.id });
  const door = (await guestDoorsOf(r)).find((d) => d.id === deviceId);
  if (!door) throw notFound("Device");
  return door;
}
