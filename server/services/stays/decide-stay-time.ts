import "server-only";
import type { Building } from "@/lib/domain/building";
import { type Reservation, type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import {
  REQUEST_ATTRIBUTE,
  type StayTimeDecisionInput,
  type StayTimeKind,
  type StayTimeRequest,
} from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { decideStayTimeRequest } from "../../db/stay-time-requests";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { syncCheckinLinkExpiry } from "../checkin/sync-checkin-link-expiry";
import { moveStayDoorCodes } from "../door-codes/stay-door-codes";
import { syncStayMessagesQuietly } from "../guest-messages/schedule-stay-messages";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { syncTurnoverQuietly } from "../turnovers/sync-turnover";
import { noticeStayTimeDecided } from "./stay-time-notices";
import { assertStayTimeAllowed } from "./stay-time-rules";

/**
 * `POST /api/v1/reservations/{id}/time-requests/{kind}/decision`: the unit's host (a resident of the unit), staff or
 * a manager approves or declines the pending request named by `requestId`.
 */
export async function decideStayTime(
  actor: Actor,
  reservationId: string,
  kind: StayTimeKind,
  input: StayTimeDecisionInput,
  opts: { now?: Date; bridge?: MqttBridge | null } = {},
): Promise<{ request: StayTimeRequest; reservation: ReservationDTO }> {
  authorize(actor, "reservation.timeDecision");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.timeDecision", { buildingId: r.buildingId, owns: ownsUnit(r.unitId) });
  const building = await getBuilding({ buildingId: r.buildingId });
  return applyStayTimeDecision(actor, r, building, kind, input, opts);
}

/**
 * Decides once (a conditional write on the request still pending: a second approval is a 409 `stay_time_decided`
 * and changes nothing). An approval is checked again first (bounds, still ahead, the same-day neighbour may have
 * moved), then sets the stay's own time, and the consequences follow from the winner only: the door code's window
 * moved on every lock (the change-stay path, same PIN), the turnover's window, the message timeline, the check-in
 * link's expiry (the guest's stay page lasts until the new departure). The guest is
 * told either way (a decline with its reason). Audited.
 */
export async function applyStayTimeDecision(
  actor: Actor,
  r: Reservation,
  building: Building,
  kind: StayTimeKind,
  input: StayTimeDecisionInput,
  opts: { now?: Date; bridge?: MqttBridge | null } = {},
): Promise<{ request: StayTimeRequest; reservation: ReservationDTO }> {
  const now = opts.now ?? new Date();
  const request = r[REQUEST_ATTRIBUTE[kind]];
  if (!request || request.id !== input.requestId || request.status !== "pending") {
    throw new AppError("conflict", "The request was already decided, or another was asked since.", {
      details: { reason: "stay_time_decided" },
    });
  }
  if (input.decision === "approved") await assertStayTimeAllowed(r, kind, request.time, building, now);
  const decided: StayTimeRequest = {
    ...request,
    status: input.decision,
    decidedBy: actor.id,
    decidedAt: now.toISOString(),
    reason: input.decision === "declined" ? (input.reason ?? null) : null,
  };
  let changed = await decideStayTimeRequest({
    buildingId: r.buildingId,
    reservationId: r.id,
    kind,
    decided,
    date: kind === "early_check_in" ? r.checkIn : r.checkOut,
  });
  await recordAudit(
    actor,
    `reservation.timeRequest.${input.decision}`,
    { type: "reservation", id: r.id },
    "success",
    {
      kind,
      time: request.time,
      feeMinor: input.decision === "approved" ? request.fee.amountMinor : 0,
    },
  );
  if (input.decision === "approved") {
    await moveStayDoorCodes(changed, building, opts.bridge === undefined ? mqttBridge() : opts.bridge).catch(
      (e) => logger.error("door code window not moved", { reservationId: r.id, error: String(e) }),
    );
    await syncTurnoverQuietly(changed);
    await syncStayMessagesQuietly(changed);
    // the guest's check-in link and stay page stay open until the new departure (a late check-out)
    changed = await syncCheckinLinkExpiry(changed, building, now);
  }
  await noticeStayTimeDecided(building, changed, decided);
  return { request: decided, reservation: toReservationDTOFor(actor, changed) };
}
