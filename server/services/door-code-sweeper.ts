import "server-only";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { listBuildings } from "../db/buildings";
import { listArrivals, listDepartures } from "../db/reservation-queries";
import { logger } from "../logger";
import { queryEvery } from "./query-every";
import { issueStayDoorCodes, revokeStayDoorCodes } from "./stay-door-codes";

/**
 * Due door-code work, idempotent and safe with several instances (each issue/revoke is claimed by a conditional
 * write on the stay): confirmed or checked-in stays arriving today or tomorrow get their code (a check-in that
 * could not issue it is caught up here); stays that left in the last days, or were cancelled, lose it once its
 * validity is over. Reads only the arrivals and departures indexes (Query per building), never a Scan.
 */
export async function sweepStayDoorCodes(now = new Date()): Promise<{ issued: number; revoked: number }> {
  let issued = 0;
  let revoked = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    const today = todayIn(b.timezone, now);
    const arrivals = await queryEvery((p) =>
      listArrivals({ buildingId: b.id, from: today, to: addDays(today, 1), ...p }),
    );
    for (const r of arrivals) {
      if ((r.status === "confirmed" || r.status === "checked_in") && !r.doorAccess) {
        if (await issueStayDoorCodes(r, b).catch(() => false)) issued++;
      } else if (r.status === "cancelled" && r.doorAccess) {
        if (await revokeStayDoorCodes(r).catch(() => false)) revoked++;
      }
    }
    const departures = await queryEvery((p) =>
      listDepartures({ buildingId: b.id, from: addDays(today, -3), to: today, ...p }),
    );
    for (const r of departures) {
      const over = r.doorAccess && Date.parse(r.doorAccess.validUntil) <= now.getTime();
      if (r.doorAccess && (over || r.status === "cancelled")) {
        if (await revokeStayDoorCodes(r).catch(() => false)) revoked++;
      }
    }
  }
  if (issued || revoked) logger.info("door-code sweeper", { issued, revoked });
  return { issued, revoked };
}
