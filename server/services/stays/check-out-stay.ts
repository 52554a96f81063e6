import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { markDoorAccessRevokeDue } from "../../db/door-access";
import { findReservation, updateReservation } from "../../db/reservations";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { revokeStayDoorCodes } from "../door-codes/stay-door-codes";
import { loadVisibleReservation } from "../reservations/reservation-access";

/**
 * Ends a checked-in stay: `checked_out` (only from `checked_in`, a conditional write, so two check-outs make one),
 * `checkedOutAt`, and its door code made due for deletion now (the sweeper retries until every lock took it).
 * The nights stay held (the stay happened; its cleaning buffer follows). Returns null if it was not checked in.
 */
export async function endStay(
  r: Reservation,
  now: Date,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<Reservation | null> {
  if (r.status !== "checked_in") return null;
  let ended: Reservation;
  try {
    ended = await updateReservation({
      buildingId: r.buildingId,
      reservationId: r.id,
      patch: { status: "checked_out", checkedOutAt: now.toISOString() },
      expectedStatus: "checked_in",
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  }
  if (ended.doorAccess && !ended.doorAccess.revokeDueAt) {
    await markDoorAccessRevokeDue({
      buildingId: r.buildingId,
      reservationId: r.id,
      codeId: ended.doorAccess.codeId,
      now,
    });
    const fresh = await findReservation({ buildingId: r.buildingId, reservationId: r.id });
    if (fresh)
      await revokeStayDoorCodes(fresh, bridge, now).catch((e) =>
        logger.error("door code revocation failed", { reservationId: r.id, error: String(e) }),
      );
  }
  return ended;
}

/** `POST /api/v1/reservations/{id}/check-out`: the guest of the stay, the unit's resident, staff or a manager. */
export async function checkOutStay(
  actor: Actor,
  reservationId: string,
  now = new Date(),
): Promise<ReservationDTO> {
  authorize(actor, "reservation.checkOut");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.checkOut", {
    buildingId: r.buildingId,
    owns: (a) => (a.role === "guest" ? a.reservationId === r.id : ownsUnit(r.unitId)(a)),
  });
  const ended = await endStay(r, now);
  if (!ended) {
    throw new AppError(
      "conflict",
      `Only a checked-in stay can check out (this one is ${r.status.replace("_", " ")}).`,
    );
  }
  await recordAudit(actor, "reservation.checkOut", { type: "reservation", id: r.id }, "success", {
    unitId: r.unitId,
  });
  return toReservationDTOFor(actor, ended);
}
