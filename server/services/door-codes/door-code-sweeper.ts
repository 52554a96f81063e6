import "server-only";
import type { Building } from "@/lib/domain/building";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { getBuilding, listBuildings } from "../../db/buildings";
import { dropDoorRevocation, listDueDoorRevocations } from "../../db/door-access";
import { listArrivals, listDepartures } from "../../db/reservation-queries";
import { findReservation } from "../../db/reservations";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { queryEvery } from "../shared/query-every";
import { retryCodeRemovals } from "./code-removals";
import { issueStayDoorCodes, revokeStayDoorCodes } from "./stay-door-codes";

type SweepOptions = { bridge?: MqttBridge | null; buildingIds?: string[] };

/**
 * Due door-code work, idempotent and safe with several instances (each issue/revoke is claimed by a conditional
 * write on the stay):
 * - stays arriving today or tomorrow get their code once the building's guest rule allows it (a check-in that
 *   could not issue it is caught up here);
 * - every due revocation record of the building (a stay that ended, was cancelled or had its link revoked) is
 *   retried until every lock acknowledged the delete, however long ago it became due; a stay still live whose
 *   code was revoked (a leaked link) gets a new one once the old one is off the locks;
 * - owed deletes of amenity bookings' and passes' codes are asked again (`retryCodeRemovals`).
 * Reads the arrivals index and the building's revocation partition (Query per building), never a Scan. Departures
 * of the last days are still read for codes issued before revocation records existed.
 */
export async function sweepStayDoorCodes(
  now = new Date(),
  opts: SweepOptions = {},
): Promise<{ issued: number; revoked: number; owed: number; retried: number }> {
  const bridge = opts.bridge === undefined ? mqttBridge() : opts.bridge;
  const totals = { issued: 0, revoked: 0, owed: 0, retried: 0 };
  const buildings = opts.buildingIds
    ? await Promise.all(opts.buildingIds.map((buildingId) => getBuilding({ buildingId })))
    : await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    const today = todayIn(b.timezone, now);
    const arrivals = await queryEvery((p) =>
      listArrivals({ buildingId: b.id, from: today, to: addDays(today, 1), ...p }),
    );
    for (const r of arrivals) {
      if (await issueStayDoorCodes(r, b, bridge).catch(() => false)) totals.issued++;
    }
    await sweepRevocations(b, now, bridge, totals);
    // amenity bookings' and passes' codes whose delete a lock has not acknowledged
    const removals = await retryCodeRemovals(b.id, now, bridge).catch((e) => {
      logger.error("code removal retries failed", { buildingId: b.id, error: String(e) });
      return { retried: 0, settled: 0 };
    });
    totals.retried += removals.retried;
    const departures = await queryEvery((p) =>
      listDepartures({ buildingId: b.id, from: addDays(today, -3), to: today, ...p }),
    );
    for (const r of departures) {
      if (r.doorAccess && Date.parse(r.doorAccess.validUntil) <= now.getTime()) {
        if (await revokeStayDoorCodes(r, bridge, now).catch(() => false)) totals.revoked++;
      }
    }
  }
  if (totals.issued || totals.revoked || totals.owed || totals.retried)
    logger.info("door-code sweeper", totals);
  return totals;
}

async function sweepRevocations(
  b: Building,
  now: Date,
  bridge: MqttBridge | null,
  totals: { issued: number; revoked: number; owed: number },
) {
  const due = await queryEvery((p) => listDueDoorRevocations({ buildingId: b.id, now, ...p }));
  for (const rev of due) {
    const r = await findReservation({ buildingId: b.id, reservationId: rev.reservationId });
    if (!r?.doorAccess || r.doorAccess.codeId !== rev.codeId) {
      await dropDoorRevocation(rev);
      continue;
    }
    const done = await revokeStayDoorCodes(r, bridge, now, rev.deviceIds).catch((e) => {
      logger.error("door code revocation failed", { reservationId: r.id, error: String(e) });
      return false;
    });
    if (!done) {
      totals.owed++;
      continue;
    }
    totals.revoked++;
    // a live stay whose code was revoked early (a leaked link) gets a new one now, if the rule allows it
    const live = r.status === "confirmed" || r.status === "checked_in";
    if (live && Date.parse(r.doorAccess.validUntil) > now.getTime()) {
      const fresh = await findReservation({ buildingId: b.id, reservationId: r.id });
      if (fresh && (await issueStayDoorCodes(fresh, b, bridge).catch(() => false))) totals.issued++;
    }
  }
}
