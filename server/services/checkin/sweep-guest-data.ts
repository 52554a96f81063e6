import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { listBuildings } from "../../db/buildings";
import { deleteGuestDataDue, listGuestDataDue } from "../../db/guest-data-due";
import { purgeGuestRecord } from "../../db/id-review";
import { deletePartyRegistration } from "../../db/party-registrations";
import { listDepartures } from "../../db/reservation-queries";
import { findReservation } from "../../db/reservations";
import { logger } from "../../logger";
import { deleteIdDocumentsOf } from "../../storage/id-documents";
import { queryEvery } from "../shared/query-every";

/** How far behind the cutoff a sweep looks: a server down longer than this leaves older stays to a manual run. */
export const GUEST_DATA_SWEEP_WINDOW_DAYS = 30;
const ENDED = new Set(["checked_out", "no_show"]);

/**
 * Deletes guests' ID files, registered party and personal details the building's `guestDataRetentionDays` after
 * the stay ended: after check-out (or the no-show's check-out date), read from the departures index over a
 * bounded window before the cutoff; and after a cancellation, read from the markers `cancelReservation` writes in
 * the same transaction (cancelled stays leave the departures index). Every object under the stay's ID prefix is
 * deleted from storage first, then the party, then the guest becomes a placeholder (`purgeGuestRecord`, once:
 * conditional on not yet purged). Never a Scan. A storage failure leaves the stay for the next run.
 */
export async function sweepGuestData(
  now = new Date(),
  opts: { buildingIds?: string[] } = {},
): Promise<{ purged: number; files: number }> {
  const tally = { purged: 0, files: 0 };
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const cutoff = addDays(todayIn(b.timezone, now), -b.config.guestDataRetentionDays);
    await sweepEnded(b, cutoff, now, tally);
    await sweepCancelled(b, cutoff, now, tally);
  }
  if (tally.purged) logger.info("guest data purged after retention", tally);
  return tally;
}

type Tally = { purged: number; files: number };

async function sweepEnded(b: Building, cutoff: string, now: Date, tally: Tally) {
  const ended = await queryEvery((p) =>
    listDepartures({
      buildingId: b.id,
      from: addDays(cutoff, -GUEST_DATA_SWEEP_WINDOW_DAYS),
      to: cutoff,
      ...p,
    }),
  );
  for (const r of ended) {
    if (!ENDED.has(r.status) || r.guestDataPurgedAt || r.checkOut > cutoff) continue;
    await purgeStay(b, r, now, tally).catch((e) =>
      logger.error("guest data not purged", { reservationId: r.id, error: String(e) }),
    );
  }
}

/** Cancelled stays, `guestDataRetentionDays` after the day they were cancelled; the marker goes once done. */
async function sweepCancelled(b: Building, cutoff: string, now: Date, tally: Tally) {
  const due = await queryEvery((p) => listGuestDataDue({ buildingId: b.id, through: cutoff, ...p }));
  for (const d of due) {
    try {
      const r = await findReservation({ buildingId: b.id, reservationId: d.reservationId });
      if (r?.status === "cancelled" && !r.guestDataPurgedAt) await purgeStay(b, r, now, tally);
      await deleteGuestDataDue(d);
    } catch (e) {
      logger.error("guest data not purged", { reservationId: d.reservationId, error: String(e) });
    }
  }
}

async function purgeStay(b: Building, r: Reservation, now: Date, tally: Tally) {
  tally.files += await deleteIdDocumentsOf(b.id, r.id);
  await deletePartyRegistration({ buildingId: b.id, reservationId: r.id });
  const done = await purgeGuestRecord({
    r,
    placeholder: { name: "Former guest", email: `stay-${r.id}@guest.invalid` },
    now,
  });
  if (done) tally.purged++;
}
