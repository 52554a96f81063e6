import "server-only";
import type { Building } from "@/lib/domain/building";
import { checkinLinkExpiresAt } from "@/lib/domain/checkin-link";
import type { Reservation } from "@/lib/domain/reservation";
import { setCheckinLinkExpiry } from "../../db/checkin-links";
import { findReservation } from "../../db/reservations";
import { logger } from "../../logger";

/**
 * Keeps the guest's check-in link (and so their stay page and guest session, which check it on every request)
 * open until the stay's end as it is now: a late check-out approved or cancelled, or new dates, move the end.
 * Read afresh and written conditionally on the link read (`setCheckinLinkExpiry`); a link changed meanwhile is
 * read again, a few times at most. A revoked link stays revoked; a stay without a link has nothing to follow.
 * Never throws: the change that moved the stay is done, a failure here is logged. Returns `stay` with the link's
 * new expiry when it moved, for the answer to show.
 */
export async function syncCheckinLinkExpiry(
  stay: Reservation,
  building: Pick<Building, "timezone" | "config">,
  now = new Date(),
): Promise<Reservation> {
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await findReservation({ buildingId: stay.buildingId, reservationId: stay.id });
      const link = r?.checkinLink;
      if (!r || !link || link.revoked) return stay;
      const expiresAt = checkinLinkExpiresAt(r, building);
      if (link.expiresAt === expiresAt) return stay;
      const done = await setCheckinLinkExpiry({
        buildingId: r.buildingId,
        reservationId: r.id,
        tokenHash: link.tokenHash,
        from: link.expiresAt,
        expiresAt,
        now,
      });
      if (done)
        return stay.checkinLink?.tokenHash === link.tokenHash
          ? { ...stay, checkinLink: { ...stay.checkinLink, expiresAt } }
          : stay;
    }
    logger.error("check-in link expiry not moved: the link kept changing", { reservationId: stay.id });
  } catch (e) {
    logger.error("check-in link expiry not moved", { reservationId: stay.id, error: String(e) });
  }
  return stay;
}
