import "server-only";
import { type IdReviewInput, type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { decideIdReview } from "../../db/id-review";
import { getReservation } from "../../db/reservations";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { issueStayDoorCodes } from "../door-codes/stay-door-codes";
import { loadVisibleReservation } from "../reservations/reservation-access";

/**
 * `POST /api/v1/reservations/{id}/id-review`: staff approve the guest's ID, or reject it with a reason the guest
 * reads on their check-in page (they may then upload another, which makes the review pending again). Only a
 * pending review of a live stay with at least one document (409 otherwise: two reviewers decide once). Where the
 * building's door code waits for approval, approving issues it at once when the stay may have it (the door-code
 * sweeper would otherwise within a minute). Audited with the decision; the reason stays on the stay only.
 */
export async function reviewIdDocuments(
  actor: Actor,
  reservationId: string,
  input: IdReviewInput,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<ReservationDTO> {
  authorize(actor, "reservation.idReview");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.idReview", { buildingId: r.buildingId });
  if (r.checkinProgress.documentKeys.length === 0)
    throw new AppError("conflict", "The guest has not uploaded an ID document yet.");
  const reviewed = await decideIdReview({
    buildingId: r.buildingId,
    reservationId: r.id,
    review: {
      status: input.decision,
      reason: input.decision === "rejected" ? (input.reason ?? null) : null,
      reviewedAt: new Date().toISOString(),
      reviewedBy: actor.id,
    },
  });
  await recordAudit(
    actor,
    `reservation.idReview.${input.decision}`,
    { type: "reservation", id: r.id },
    "success",
    {
      documents: r.checkinProgress.documentKeys.length,
    },
  );
  if (input.decision === "approved" && !reviewed.doorAccess) {
    const building = await getBuilding({ buildingId: r.buildingId });
    const issued = await issueStayDoorCodes(reviewed, building, bridge).catch((e) => {
      logger.warn("door code not issued on ID approval; the sweeper retries", {
        reservationId: r.id,
        error: String(e),
      });
      return false;
    });
    if (issued)
      return toReservationDTOFor(
        actor,
        await getReservation({ buildingId: r.buildingId, reservationId: r.id }),
      );
  }
  return toReservationDTOFor(actor, reviewed);
}
