import "server-only";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { listBuildings } from "../../db/buildings";
import { purgeGuestRecord } from "../../db/id-review";
import { listDepartures } from "../../db/reservation-queries";
import { logger } from "../../logger";
import { deleteIdDocumentsOf } from "../../storage/id-documents";
import { queryEvery } from "../shared/query-every";

/** How far behind the cutoff a sweep looks: a server down longer than this leaves older stays to a manual run. */
export const GUEST_DATA_SWEEP_WINDOW_DAYS = 30;
const ENDED = new Set(["checked_out", "no_show"]);

/**
 * Deletes guests' ID files and personal details the building's `guestDataRetentionDays` after check-out: every
 * object under the stay's ID prefix is deleted from storage first, then the stay's guest becomes a placeholder
 * (`purgeGuestRecord`, once: conditional on not yet purged). Reads the departures index of a bounded window
 * before the cutoff per building (never a Scan). A storage failure leaves the record for the next run.
 */
export async function sweepGuestData(
  now = new Date(),
  opts: { buildingIds?: string[] } = {},
): Promise<{ purged: number; files: number }> {
  let purged = 0;
  let files = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const cutoff = addDays(todayIn(b.timezone, now), -b.config.guestDataRetentionDays);
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
      try {
        files += await deleteIdDocumentsOf(b.id, r.id);
        const done = await purgeGuestRecord({
          r,
          placeholder: { name: "Former guest", email: `stay-${r.id}@guest.invalid` },
          now,
        });
        if (done) purged++;
      } catch (e) {
        logger.error("guest data not purged", { reservationId: r.id, error: String(e) });
      }
    }
  }
  if (purged) logger.info("guest data purged after retention", { purged, files });
  return { purged, files };
}
