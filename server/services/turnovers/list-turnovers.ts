import "server-only";
import { type TurnoverDTO, toTurnoverDTO } from "@/lib/domain/turnover";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { listStaysByDate } from "../../db/reservation-queries";
import { listTurnoversOn } from "../../db/turnovers";
import { listAllUnits } from "../../db/units";
import { queryEvery } from "../shared/query-every";
import { syncTurnover } from "./sync-turnover";

/**
 * `GET /api/v1/turnovers?date=` (staff, managers): the day's turnovers, one per departure, by unit number. The
 * day's departures are reconciled first (a stay whose sync failed, or made before turnovers existed, gets its
 * turnover now: put-if-absent, so a racing reader makes none twice). Bounded by the building's departures in a
 * day (at most its units), so not paged.
 */
export async function listTurnovers(actor: Actor, input: { date: string }): Promise<TurnoverDTO[]> {
  authorize(actor, "turnover.read");
  authorize(actor, "turnover.read", { buildingId: actor.buildingId });
  const buildingId = actor.buildingId;
  const building = await getBuilding({ buildingId });
  // a turnover sits on its stay's departure, or on its arrival where the building cleans before arrivals
  const by = building.config.turnoverTiming === "before_arrival" ? "checkIn" : "checkOut";
  const [departures, stored] = await Promise.all([
    queryEvery((p) => listStaysByDate({ buildingId, by, from: input.date, to: input.date, ...p })),
    queryEvery((p) => listTurnoversOn({ buildingId, date: input.date, ...p })),
  ]);
  const have = new Set(stored.map((t) => t.id));
  const missing = departures.filter((r) => !have.has(r.id) && r.status !== "cancelled");
  const made = (await Promise.all(missing.map((r) => syncTurnover(r, building).catch(() => null)))).filter(
    (t) => t !== null,
  );
  const guests = new Map(departures.map((r) => [r.id, r.guest.name]));
  const units = new Map((await listAllUnits({ buildingId })).map((u) => [u.id, u.number]));
  return [...stored, ...made]
    .filter((t) => t.date === input.date)
    .map((t) => ({
      ...toTurnoverDTO(t),
      unitNumber: units.get(t.unitId),
      guestName: guests.get(t.reservationId),
    }))
    .sort((a, b) => (a.unitNumber ?? "").localeCompare(b.unitNumber ?? "", undefined, { numeric: true }));
}
