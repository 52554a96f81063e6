import "server-only";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { departureTimeOf } from "@/lib/domain/stay-time-request";
import { listBuildings } from "../../db/buildings";
import { listDepartures } from "../../db/reservation-queries";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { queryEvery } from "../shared/query-every";
import { endStay } from "./check-out-stay";

/**
 * Checked-in stays whose check-out time has passed (the stay's own departure time, else the building's check-out
 * time, on the check-out date, in its zone) become `checked_out`, their codes made due for deletion. Reads the departures index of the last days per
 * building (never a Scan); each transition is a conditional write, so several instances end a stay once.
 */
export async function sweepCheckOuts(
  now = new Date(),
  opts: { bridge?: MqttBridge | null; buildingIds?: string[] } = {},
): Promise<{ checkedOut: number }> {
  let checkedOut = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const today = todayIn(b.timezone, now);
    const departures = await queryEvery((p) =>
      listDepartures({ buildingId: b.id, from: addDays(today, -3), to: today, ...p }),
    );
    for (const r of departures) {
      if (r.status !== "checked_in") continue;
      if (instantAt(r.checkOut, departureTimeOf(r, b.config), b.timezone).getTime() > now.getTime()) continue;
      const ended = await endStay(r, now, opts.bridge === undefined ? undefined : opts.bridge).catch((e) => {
        logger.error("check-out failed", { reservationId: r.id, error: String(e) });
        return null;
      });
      if (ended) checkedOut++;
    }
  }
  if (checkedOut) logger.info("stays checked out at their check-out time", { checkedOut });
  return { checkedOut };
}
