import "server-only";
import { toReservationDTO } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { replaceCheckinLink } from "../../db/reservations";
import { getUnit } from "../../db/units";
import { sendCheckinLinkEmail } from "../../email/checkin-link-email";
import { recordAudit } from "../audit/audit";
import { revokeStayDoorAccessEarly } from "../door-codes/revoke-stay-door-access";
import { rememberCheckinLink } from "../guest-messages/schedule-stay-messages";
import type { CreatedReservation } from "../reservations/create-reservation";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { checkinUrl, newCheckinLink } from "./checkin-link";

const LIVE = ["pending", "confirmed", "checked_in"];

/**
 * Staff and managers issue a new link (a lost email, a leaked link): the old token stops working in the same
 * transaction, and with it every guest session opened with it; the stay's door code is revoked too (the sweeper
 * issues a new one once the old one is off every lock). The new URL is returned once, and emailed to
 * the guest when `notify` is set.
 */
export async function reissueCheckinLink(
  actor: Actor,
  reservationId: string,
  opts: { notify?: boolean; now?: Date } = {},
): Promise<CreatedReservation> {
  authorize(actor, "reservation.checkinLink");
  const now = opts.now ?? new Date();
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "reservation.checkinLink", { buildingId: r.buildingId });
  const building = await getBuilding({ buildingId: r.buildingId });
  const { token, link } = newCheckinLink(building, r, now);
  if (!LIVE.includes(r.status) || Date.parse(link.expiresAt) <= now.getTime()) {
    throw new AppError("conflict", "This stay is cancelled or over: it has no check-in link any more.");
  }
  // the old link may have leaked with the PIN it showed: that code comes off the locks (a new one follows)
  await revokeStayDoorAccessEarly(r, now);
  const updated = await replaceCheckinLink({ buildingId: r.buildingId, reservationId: r.id, link });
  const url = checkinUrl(token);
  await rememberCheckinLink(updated, token).catch(() => null); // messages fall back to a fresh link
  await recordAudit(actor, "reservation.checkinLink.reissue", { type: "reservation", id: r.id }, "success", {
    notify: Boolean(opts.notify),
  });
  if (opts.notify) {
    const unit = await getUnit({ buildingId: r.buildingId, unitId: r.unitId });
    await sendCheckinLinkEmail(updated, unit, building, url);
  }
  return { reservation: toReservationDTO(updated), checkInUrl: url };
}
