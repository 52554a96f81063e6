import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { getReservation, updateReservation } from "../../db/reservations";
import { recordAudit } from "../audit/audit";
import { issueStayDoorCodes } from "../door-codes/stay-door-codes";
import { loadVisibleReservation } from "../reservations/reservation-access";

/**
 * Check-in steps are the guest's own: only a guest session, and only for its one stay. (Staff helping at the
 * desk act on the reservation through its own operations, not by impersonating the guest.)
 */
export async function requireGuestStay(actor: Actor): Promise<Reservation> {
  if (actor.role !== "guest" || !actor.reservationId) {
    throw new AppError("forbidden", "Only the guest can check in, through their check-in link.");
  }
  return loadVisibleReservation(actor, actor.reservationId);
}

/** While check-in is open, or after it when staff rejected the ID (the guest sends another). */
export const mayUploadIdDocument = (r: Reservation) =>
  r.status === "confirmed" || (r.status === "checked_in" && r.idReview?.status === "rejected");

export const stepsDone = (r: Reservation) => ({
  details: r.checkinProgress.detailsConfirmedAt !== null,
  documents: r.checkinProgress.documentsUploadedAt !== null,
  rules: r.checkinProgress.rulesAcceptedAt !== null,
});

/**
 * After each step: once details, documents and rules are all done, the stay becomes checked in. The
 * transition is conditional on `confirmed`, so of two steps finishing at once exactly one makes it (and audits).
 */
export async function completeIfReady(actor: Actor, r: Reservation): Promise<Reservation> {
  const done = stepsDone(r);
  if (r.status !== "confirmed" || !done.details || !done.documents || !done.rules) return r;
  try {
    const updated = await updateReservation({
      buildingId: r.buildingId,
      reservationId: r.id,
      patch: { status: "checked_in" },
      expectedStatus: "confirmed",
    });
    await recordAudit(actor, "reservation.checkin.complete", { type: "reservation", id: r.id }, "success");
    // the door code is issued now; if this fails the door-code sweeper issues it (the claim makes it once)
    await getBuilding({ buildingId: r.buildingId })
      .then((b) => issueStayDoorCodes(updated, b))
      .catch(() => false);
    return updated;
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict")
      return getReservation({ buildingId: r.buildingId, reservationId: r.id });
    throw e;
  }
}
