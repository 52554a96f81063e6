import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { shellMemo } from "../../auth/shell-memo";
import { getBuilding } from "../../db/buildings";
import { getReservation, updateReservation } from "../../db/reservations";
import { recordAudit } from "../audit/audit";
import { issueStayDoorCodes } from "../door-codes/stay-door-codes";
import { loadVisibleReservation } from "../reservations/reservation-access";

/**
 * Check-in steps are the guest's own: only a guest session, and only for its one stay. (Staff helping at the
 * desk act on the reservation through its own operations, not by impersonating the guest.)
 */
export async function requireGuestStay(actor: Actor, known?: Reservation): Promise<Reservation> {
  if (actor.role !== "guest" || !actor.reservationId) {
    throw new AppError("forbidden", "Only the guest can check in, through their check-in link.");
  }
  return loadVisibleReservation(actor, actor.reservationId, known);
}

/**
 * The stay this request's guest session was checked against (server/auth/guest-session.ts), for a page to hand
 * to the reads it makes (`getCheckin(actor, now, stay)`…) instead of each reading it again; undefined outside a
 * page's render or for anyone but a guest. Never for a write's follow-up read: it is the stay before the write.
 */
export function requestGuestStay(actor: Actor): Reservation | undefined {
  if (actor.role !== "guest" || !actor.reservationId) return undefined;
  return shellMemo().guestStays.get(`${actor.buildingId} ${actor.reservationId}`);
}

/** While check-in is open, or after it when staff rejected the ID (the guest sends another). */
export const mayUploadIdDocument = (r: Reservation) =>
  r.status === "confirmed" || (r.status === "checked_in" && r.idReview?.status === "rejected");

/** Whether the building's country asks for every guest of the party to be registered (issue 17). */
export const partyRequired = (b: Pick<Building, "config">) => b.config.guestRegistration.country !== "none";

/** The steps done; `party` is done where the building does not ask for it. */
export const stepsDone = (r: Reservation, needsParty = false) => ({
  details: r.checkinProgress.detailsConfirmedAt !== null,
  documents: r.checkinProgress.documentsUploadedAt !== null,
  rules: r.checkinProgress.rulesAcceptedAt !== null,
  party: !needsParty || Boolean(r.checkinProgress.partyRegisteredAt),
});

/**
 * After each step: once details, documents, rules (and the party, where the building's country asks) are done, the stay becomes checked in. The
 * transition is conditional on `confirmed`, so of two steps finishing at once exactly one makes it (and audits).
 */
export async function completeIfReady(actor: Actor, r: Reservation): Promise<Reservation> {
  if (r.status !== "confirmed") return r;
  const building = await getBuilding({ buildingId: r.buildingId });
  const done = stepsDone(r, partyRequired(building));
  if (!done.details || !done.documents || !done.rules || !done.party) return r;
  try {
    const updated = await updateReservation({
      buildingId: r.buildingId,
      reservationId: r.id,
      patch: { status: "checked_in" },
      expectedStatus: "confirmed",
    });
    await recordAudit(actor, "reservation.checkin.complete", { type: "reservation", id: r.id }, "success");
    // the door code is issued now; if this fails the door-code sweeper issues it (the claim makes it once)
    await issueStayDoorCodes(updated, building).catch(() => false);
    return updated;
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict")
      return getReservation({ buildingId: r.buildingId, reservationId: r.id });
    throw e;
  }
}
