import "server-only";
import { newId } from "@/lib/domain/ids";
import { type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import {
  type StayTimeRequest,
  type StayTimeRequestInput,
  stayTimeOffer,
} from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit, scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { openStayTimeRequest } from "../../db/stay-time-requests";
import type { MqttBridge } from "../../mqtt/bridge";
import { recordAudit } from "../audit/audit";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { applyStayTimeDecision } from "./decide-stay-time";
import { noticeStayTimeRequested } from "./stay-time-notices";
import { assertStayTimeAllowed } from "./stay-time-rules";

/**
 * `POST /api/v1/reservations/{id}/time-requests`: the stay's guest (or the unit's host, the front desk, a manager)
 * asks for an early check-in or a late check-out at `time`, priced from the building's `stayExtras` (the fee is
 * kept on the request as shown). The time must be offered, within the building's bounds, still ahead and leave a
 * same-day neighbour's cleaning its window (`assertStayTimeAllowed`). One pending request per kind per stay (a
 * conditional write: a second is a 409 `stay_time_request_open`). Someone who may decide (the host, staff, a
 * manager) asking is approved at once; a guest's request waits, and the host and front desk are told.
 */
export async function requestStayTime(
  actor: Actor,
  reservationId: string,
  input: StayTimeRequestInput,
  opts: { now?: Date; bridge?: MqttBridge | null } = {},
): Promise<{ request: StayTimeRequest; reservation: ReservationDTO }> {
  const now = opts.now ?? new Date();
  authorize(actor, "reservation.timeRequest");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.timeRequest", { buildingId: r.buildingId, owns: ownsUnit(r.unitId) });
  const building = await getBuilding({ buildingId: r.buildingId });
  await assertStayTimeAllowed(r, input.kind, input.time, building, now);
  const offer = stayTimeOffer(input.kind, building.config, building.currency);
  if (!offer)
    throw new AppError("conflict", "The building does not offer this.", {
      details: { reason: "stay_time_not_offered" },
    });
  const request: StayTimeRequest = {
    id: newId(),
    kind: input.kind,
    time: input.time,
    fee: offer.fee,
    status: "pending",
    requestedBy: actor.id,
    requestedAt: now.toISOString(),
    decidedBy: null,
    decidedAt: null,
    reason: null,
  };
  const stored = await openStayTimeRequest({
    buildingId: r.buildingId,
    reservationId: r.id,
    request,
    date: input.kind === "early_check_in" ? r.checkIn : r.checkOut,
  });
  await recordAudit(actor, "reservation.timeRequest", { type: "reservation", id: r.id }, "success", {
    kind: input.kind,
    time: input.time,
    feeMinor: offer.fee.amountMinor,
  });
  if (mayDecide(actor, r.unitId)) {
    const decided = await applyStayTimeDecision(
      actor,
      stored,
      building,
      input.kind,
      {
        requestId: request.id,
        decision: "approved",
      },
      { now, bridge: opts.bridge },
    );
    return decided;
  }
  await noticeStayTimeRequested(building, stored, request);
  return { request, reservation: toReservationDTOFor(actor, stored) };
}

function mayDecide(actor: Actor, unitId: string): boolean {
  const scope = scopeOf(actor, "reservation.timeDecision");
  return scope === "building" || (scope === "own" && ownsUnit(unitId)(actor));
}
