import "server-only";
import type { Guest, IdReview, Reservation } from "@/lib/domain/reservation";
import { keys } from "./keys";
import { reservationKeys } from "./reservations";
import { updateRecord } from "./update";

type R = { buildingId: string; reservationId: string };

/**
 * Records staff's decision on the guest's ID, only while the review is `pending` (or, on stays from before
 * reviews, absent) and the stay is live: two reviewers deciding at once make one decision, the other a 409.
 */
export function decideIdReview({ buildingId, reservationId, review }: R & { review: IdReview }) {
  return updateRecord<Reservation>({
    key: keys.reservation(buildingId, reservationId),
    set: { idReview: review, updatedAt: new Date().toISOString() },
    what: "Reservation",
    condition: {
      expression: "(attribute_not_exists(#ir) OR #ir.#irs = :pending) AND #st IN (:confirmed, :in)",
      names: { "#ir": "idReview", "#irs": "status", "#st": "status" },
      values: { ":pending": "pending", ":confirmed": "confirmed", ":in": "checked_in" },
    },
    conflictMessage: "The ID was already reviewed, or the stay is no longer live.",
    keysOf: reservationKeys,
  });
}

/**
 * Erases the guest's personal data from an ended stay (the ID files are deleted from storage first): the lead
 * guest becomes a placeholder, the document keys and the review's reason go. Whole attributes are rewritten from
 * `r` (an ended stay no longer changes); once only: conditional on not yet purged. Null when already done.
 */
export async function purgeGuestRecord({
  r,
  placeholder,
  now,
}: {
  r: Reservation;
  placeholder: Guest;
  now: Date;
}): Promise<Reservation | null> {
  const at = now.toISOString();
  try {
    return await updateRecord<Reservation>({
      key: keys.reservation(r.buildingId, r.id),
      set: {
        guest: placeholder,
        checkinProgress: { ...r.checkinProgress, documentKeys: [] },
        ...(r.idReview ? { idReview: { ...r.idReview, reason: null } } : {}),
        guestDataPurgedAt: at,
        updatedAt: at,
      },
      what: "Reservation",
      condition: { expression: "attribute_not_exists(#gp)", names: { "#gp": "guestDataPurgedAt" } },
      keysOf: reservationKeys,
      current: r,
    });
  } catch (e) {
    if ((e as { code?: string }).code === "conflict") return null;
    throw e;
  }
}
