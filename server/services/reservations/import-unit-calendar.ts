import "server-only";
import type { IcalImportResult } from "@/lib/domain/ical";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { AppError, notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseIcalNights } from "../../../lib/domain/parse-ical-nights";
import { getBuilding } from "../../db/buildings";
import { listNights } from "../../db/reservation-queries";
import { blockNights } from "../../db/reservations";
import { findUnit } from "../../db/units";
import { recordAudit } from "../audit/audit";

/** One transaction holds at most 100 items. */
const CHUNK = 100;

/**
 * A manager imports another channel's calendar: every future night its events hold is blocked on the unit,
 * through the same NIGHT items as stays, so a booking here can no longer take them. Nights already held are
 * skipped (importing the same file twice changes nothing); a night booked meanwhile is skipped too.
 */
export async function importUnitCalendar(
  actor: Actor,
  unitId: string,
  ics: string,
  now = new Date(),
): Promise<IcalImportResult> {
  authorize(actor, "unit.manage");
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "unit.manage", { buildingId: unit.buildingId });
  const building = await getBuilding({ buildingId: actor.buildingId });
  const today = todayIn(building.timezone, now);
  const { events, nights } = parseIcalNights(ics, building.timezone);
  const future = nights.filter((d) => d >= today);
  const skipped: IcalImportResult["skipped"] = nights
    .filter((d) => d < today)
    .map((date) => ({ date, reason: "past" }));
  const held = new Set(
    future.length
      ? (
          await listNights({
            buildingId: unit.buildingId,
            unitId,
            from: future[0],
            to: addDays(future[future.length - 1], 1),
          })
        ).map((n) => n.date)
      : [],
  );
  for (const date of future.filter((d) => held.has(d))) skipped.push({ date, reason: "held" });
  const free = future.filter((d) => !held.has(d));
  const blocked: string[] = [];
  for (let i = 0; i < free.length; i += CHUNK) {
    let chunk = free.slice(i, i + CHUNK);
    try {
      await blockNights({ buildingId: unit.buildingId, unitId, dates: chunk });
    } catch (e) {
      const taken =
        e instanceof AppError && e.code === "conflict"
          ? ((e.details?.dates as string[] | undefined) ?? [])
          : null;
      if (!taken?.length) throw e;
      // booked between the read and the write: leave those nights, block the rest
      for (const date of taken) skipped.push({ date, reason: "held" });
      chunk = chunk.filter((d) => !taken.includes(d));
      if (chunk.length) await blockNights({ buildingId: unit.buildingId, unitId, dates: chunk });
    }
    blocked.push(...chunk);
  }
  await recordAudit(actor, "unit.ical.import", { type: "unit", id: unitId }, "success", {
    events,
    blocked: blocked.length,
    skipped: skipped.length,
  });
  return { events, blocked, skipped: skipped.sort((a, b) => a.date.localeCompare(b.date)) };
}
