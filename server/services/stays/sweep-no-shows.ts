import "server-only";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { arrivalTimeOf } from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { listBuildings } from "../../db/buildings";
import { markDoorAccessRevokeDue } from "../../db/door-access";
import { listArrivals } from "../../db/reservation-queries";
import { findReservation, updateReservation } from "../../db/reservations";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { revokeStayDoorCodes } from "../door-codes/stay-door-codes";
import { queryEvery } from "../shared/query-every";

/**
 * Confirmed stays never checked in by the building's `noShowAfterHours` after check-in time become `no_show`
 * (only from `confirmed`: a conditional write, so a check-in at the same moment wins or loses cleanly, and several
 * instances mark a stay once); a code issued on confirmation is made due for deletion. The nights stay held:
 * the booking was paid for. Reads the arrivals index of the last days per building.
 */
export async function sweepNoShows(
  now = new Date(),
  opts: { bridge?: MqttBridge | null; buildingIds?: string[] } = {},
): Promise<{ noShows: number }> {
  const bridge = opts.bridge === undefined ? mqttBridge() : opts.bridge;
  let noShows = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const today = todayIn(b.timezone, now);
    const arrivals = await queryEvery((p) =>
      listArrivals({ buildingId: b.id, from: addDays(today, -3), to: today, ...p }),
    );
    const graceMs = b.config.noShowAfterHours * 3_600_000;
    for (const r of arrivals) {
      if (r.status !== "confirmed") continue;
      if (instantAt(r.checkIn, arrivalTimeOf(r, b.config), b.timezone).getTime() + graceMs > now.getTime())
        continue;
      try {
        const marked = await updateReservation({
          buildingId: b.id,
          reservationId: r.id,
          patch: { status: "no_show" },
          expectedStatus: "confirmed",
        });
        noShows++;
        if (marked.doorAccess && !marked.doorAccess.revokeDueAt) {
          await markDoorAccessRevokeDue({
            buildingId: b.id,
            reservationId: r.id,
            codeId: marked.doorAccess.codeId,
            now,
          });
          const fresh = await findReservation({ buildingId: b.id, reservationId: r.id });
          if (fresh) await revokeStayDoorCodes(fresh, bridge, now).catch(() => false);
        }
      } catch (e) {
        if (!(e instanceof AppError && e.code === "conflict"))
          logger.error("no-show not recorded", { reservationId: r.id, error: String(e) });
      }
    }
  }
  if (noShows) logger.info("stays marked no-show", { noShows });
  return { noShows };
}
