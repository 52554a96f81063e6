import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { instantAt } from "@/lib/domain/stay-dates";
import {
  arrivalTimeOf,
  departureTimeOf,
  type StayTimeKind,
  sameDayTurnoverFits,
  stayTimeBoundsProblem,
} from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { listStaysByDate } from "../../db/reservation-queries";
import { queryEvery } from "../shared/query-every";

const NEIGHBOURS: readonly Reservation["status"][] = ["pending", "confirmed", "checked_in", "checked_out"];

const refuse = (reason: string, message: string, code: "validation" | "conflict" = "validation") =>
  new AppError(
    code,
    message,
    code === "validation" ? { fields: { time: [message] }, details: { reason } } : { details: { reason } },
  );

/**
 * Whether `time` may be asked for (and approved) for this stay now, else a typed error (`details.reason`):
 * the building must offer the kind and the time lie within its bounds (`stay_time_not_offered`,
 * `stay_time_out_of_range`); the moment must still be ahead (`stay_time_too_late`: an early check-in once the guest
 * has checked in or the new arrival passed, a late check-out once the new departure passed); and another stay of
 * the unit leaving (or arriving) the same day must keep the cleaning between them its window (`stay_time_overlap`,
 * a 409: the same-day departure's late check-out or turnover window). Read again at approval, since the neighbour
 * may have moved meanwhile.
 */
export async function assertStayTimeAllowed(
  r: Reservation,
  kind: StayTimeKind,
  time: string,
  building: Building,
  now: Date,
): Promise<void> {
  const c = building.config;
  const bounds = stayTimeBoundsProblem(kind, time, c);
  if (bounds === "stay_time_not_offered")
    throw refuse(bounds, "The building does not offer this.", "conflict");
  if (bounds) throw refuse(bounds, "Choose a time within the building's hours for this request.");
  const early = kind === "early_check_in";
  const date = early ? r.checkIn : r.checkOut;
  const at = instantAt(date, time, building.timezone).getTime();
  if ((early && r.status === "checked_in") || at <= now.getTime()) {
    throw refuse("stay_time_too_late", "It is too late to ask for this stay.", "conflict");
  }
  // the unit's other stays leaving on the arrival date (early check-in) or arriving on the departure date
  const others = (
    await queryEvery((p) =>
      listStaysByDate({
        buildingId: r.buildingId,
        by: early ? "checkOut" : "checkIn",
        from: date,
        to: date,
        ...p,
      }),
    )
  ).filter((o) => o.unitId === r.unitId && o.id !== r.id && NEIGHBOURS.includes(o.status));
  for (const o of others) {
    const fits = early
      ? sameDayTurnoverFits(date, o, { ...r, arrivalTime: time }, building)
      : sameDayTurnoverFits(date, { ...r, departureTime: time }, o, building);
    if (!fits) {
      throw refuse(
        "stay_time_overlap",
        `Another stay ${early ? "leaves" : "arrives"} that day (${early ? departureTimeOf(o, c) : arrivalTimeOf(o, c)}): the cleaning between them needs that time.`,
        "conflict",
      );
    }
  }
}
