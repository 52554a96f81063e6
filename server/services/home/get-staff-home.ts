import "server-only";
import type { Device } from "@/lib/domain/device";
import { type DeviceSummary, LOW_BATTERY_PERCENT, summarizeHealth } from "@/lib/domain/device-health";
import { type Reservation, type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import { stayDayState } from "@/lib/domain/stay-day";
import type { Unit } from "@/lib/domain/unit";
import type { Actor } from "@/lib/roles";
import { listStayStates } from "../../db/dashboard-queries";
import { getDeviceHealth } from "../../db/device-health";
import { batchGetRecords } from "../../db/item";
import { keys } from "../../db/keys";
import { listArrivals, listDepartures } from "../../db/reservation-queries";
import { listTurnoversOn } from "../../db/turnovers";
import { getBuilding } from "../building/get-building";
import { queryEvery } from "../shared/query-every";
import { requireBuildingScope } from "../shared/require-scope";

export { type DeviceSummary, LOW_BATTERY_PERCENT };
/** `unitReady` on arrivals: true once the unit's turnover of the day is ready, false while one is not, absent with none */
export type StayRow = ReservationDTO & { unitNumber: string; unitReady?: boolean };
/** A first page of a list and how many the whole list holds. */
export type Listed<T> = { rows: T[]; total: number };
export type StaffHome = {
  buildingName: string;
  today: string;
  arrivals: StayRow[];
  departures: StayRow[];
  /** checked in now (issue 17); the first STAY_ROWS by check-out, and the count */
  inHouse: Listed<StayRow>;
  /** arrivals past check-in time not checked in, departures past check-out time still in (issue 17) */
  late: Listed<StayRow>;
  devices: DeviceSummary;
  offlineDevices: Pick<Device, "id" | "name" | "type" | "lastSeenAt">[];
};

/** Rows shown per list on the home; the full lists are on the reservations page. */
export const STAY_ROWS = 20;
const OFFLINE_SHOWN = 10;

/**
 * The front desk's day in a fixed number of requests, whatever the building's size (issue 19): today's arrivals
 * and departures (bounded by the day), the short states of the stays that may be in or late (one narrow Query,
 * see listStayStates), the device health summary (one GetItem, server/db/device-health.ts), then one BatchGetItem
 * for what the page shows: the first rows' reservations, their units and the first offline devices.
 */
export async function getStaffHome(actor: Actor): Promise<StaffHome> {
  requireBuildingScope(actor, "reservation.read", "device.read");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone);
  const now = new Date();
  const [arrivals, departures, states, health, turnovers] = await Promise.all([
    listArrivals({ buildingId: b, from: today, to: today, limit: 200 }),
    listDepartures({ buildingId: b, from: today, to: today, limit: 200 }),
    listStayStates({ buildingId: b, today, maxNights: building.config.maxNights }),
    getDeviceHealth({ buildingId: b }),
    queryEvery((p) => listTurnoversOn({ buildingId: b, date: today, ...p })),
  ]);
  // the unit an arrival walks into was cleaned (or not) by today's turnover of that unit (issue 17)
  const readyOf = new Map<string, boolean>();
  for (const t of turnovers) {
    if (t.status === "cancelled") continue;
    readyOf.set(t.unitId, (readyOf.get(t.unitId) ?? true) && t.status === "ready");
  }
  const byCheckOut = (x: { checkOut: string; id: string }, y: { checkOut: string; id: string }) =>
    x.checkOut.localeCompare(y.checkOut) || x.id.localeCompare(y.id);
  const inHouse = states.filter((r) => stayDayState(r, building, now) === "in").sort(byCheckOut);
  const late = states.filter((r) => stayDayState(r, building, now) === "late").sort(byCheckOut);
  const shown = [...inHouse.slice(0, STAY_ROWS), ...late.slice(0, STAY_ROWS)];
  const live = (r: Reservation) => r.status !== "cancelled";
  const day = [...arrivals.items, ...departures.items].filter(live);
  const offlineIds = [...(health.offline ?? [])].sort().slice(0, OFFLINE_SHOWN);
  const fetched = await batchGetRecords<{ id: string }>([
    ...[...new Set(shown.map((r) => r.id))].map((id) => keys.reservation(b, id)),
    ...[...new Set([...shown, ...day].map((r) => r.unitId))].map((u) => keys.unit(b, u)),
    ...offlineIds.map((d) => keys.device(b, d)),
  ]);
  const byId = new Map(fetched.map((x) => [x.id, x]));
  const row = (r: Reservation): StayRow => ({
    ...toReservationDTO(r),
    unitNumber: (byId.get(r.unitId) as Unit | undefined)?.number ?? "",
  });
  const listed = (list: { id: string }[]): Listed<StayRow> => ({
    rows: list.slice(0, STAY_ROWS).flatMap((s) => {
      const r = byId.get(s.id) as Reservation | undefined;
      return r ? [row(r)] : [];
    }),
    total: list.length,
  });
  return {
    buildingName: building.name,
    today,
    arrivals: arrivals.items.filter(live).map((r) => {
      const ready = readyOf.get(r.unitId);
      return ready === undefined ? row(r) : { ...row(r), unitReady: ready };
    }),
    departures: departures.items.filter(live).map(row),
    inHouse: listed(inHouse),
    late: listed(late),
    devices: summarizeHealth(health),
    offlineDevices: offlineIds.flatMap((id) => {
      const d = byId.get(id) as Device | undefined;
      return d ? [{ id: d.id, name: d.name, type: d.type, lastSeenAt: d.lastSeenAt }] : [];
    }),
  };
}
