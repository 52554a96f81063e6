import "server-only";
import { type Alarm, type AlarmDTO, byUrgency, toAlarmDTO } from "@/lib/domain/alarm";
import type { Device } from "@/lib/domain/device";
import { type DeviceSummary, LOW_BATTERY_PERCENT, summarizeHealth } from "@/lib/domain/device-health";
import type { Reservation, ReservationDTO } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { stayDayStates } from "@/lib/domain/stay-day";
import type { Turnover } from "@/lib/domain/turnover";
import type { Actor } from "@/lib/roles";
import { readHomeSummaries } from "../../db/home-reads";
import { type DayEntry, type DeskEntry, unitsSummary } from "../../db/home-summaries";
import { batchGetByKey } from "../../db/item";
import { keys } from "../../db/keys";
import { getSomeEntries } from "../../db/summary-entries";
import type { AlarmPlaces } from "../alarms/alarm-places";
import { getBuilding } from "../building/get-building";
import { requireBuildingScope } from "../shared/require-scope";

export { type DeviceSummary, LOW_BATTERY_PERCENT };
/**
 * A stay as the home's tables show it. `unitReady` on arrivals: true once the unit's turnover of the day is ready,
 * false while one is not, absent with none.
 */
export type StayRow = Pick<ReservationDTO, "id" | "checkIn" | "checkOut" | "guestCount" | "status"> & {
  guest: { name: string };
  unitNumber: string;
  unitReady?: boolean;
};
type StayFields = Pick<
  Reservation,
  "id" | "unitId" | "checkIn" | "checkOut" | "guestCount" | "status" | "arrivalTime" | "departureTime"
> & {
  guest: { name: string };
};
/** A first page of a list and how many the whole list holds. */
export type Listed<T> = { rows: T[]; total: number };
export type StaffHome = {
  buildingName: string;
  today: string;
  /** arriving today: the first STAY_ROWS, and the count */
  arrivals: Listed<StayRow>;
  /** leaving today: the first STAY_ROWS, and the count */
  departures: Listed<StayRow>;
  /** checked in now (issue 17); the first STAY_ROWS by check-out, and the count */
  inHouse: Listed<StayRow>;
  /** arrivals past check-in time not checked in, departures past check-out time still in (issue 17) */
  late: Listed<StayRow>;
  devices: DeviceSummary;
  offlineDevices: Pick<Device, "id" | "name" | "type" | "lastSeenAt">[];
  /** open alarms (active and acknowledged), the ALARMS_SHOWN most urgent, their places, and how many are open */
  alarms: { shown: AlarmDTO[]; places: AlarmPlaces; total: number };
};

/**
 * Rows shown per list on the home; the full lists are on the reservations page (issue 19: the page's HTML and
 * its render stay the same size whatever the building's size).
 */
export const STAY_ROWS = 10;
const OFFLINE_SHOWN = 10;
export const ALARMS_SHOWN = 5;

/**
 * The front desk's day in a fixed number of requests whatever the building's size (issue 19), after the shell's
 * one batch: one BatchGetItem of summaries kept by the writes (server/db/home-reads.ts: device health, checked-in
 * stays, open alarms, and the arrivals and departures of today and the late days before it with the stay counters
 * they are checked against), then, side by side, one BatchGetItem for what only the shown rows need (the first
 * offline devices, the first open alarms and their devices, today's turnovers of units that also have an arrival)
 * and one GetItem of the units summary projected to the shown rows' units (a 500-unit summary read whole was the
 * largest item of the page).
 */
export async function getStaffHome(actor: Actor, now = new Date()): Promise<StaffHome> {
  requireBuildingScope(actor, "reservation.read", "device.read");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone, now);
  // a confirmed stay is late until the no-show sweep ends it, noShowAfterHours after its check-in time
  const lateDays = Math.ceil(building.config.noShowAfterHours / 24) + 1;
  const dates: string[] = [];
  for (let d = addDays(today, -lateDays); d <= today; d = addDays(d, 1)) dates.push(d);
  const summaries = await readHomeSummaries(b, {
    devices: true,
    desk: true,
    alarms: true,
    days: { arrivals: dates, departures: [today], maxNights: building.config.maxNights },
  });
  // a desk entry is a checked-in stay's day entry without the status and arrival time
  const stayOf = ([id, e]: [string, DeskEntry & Partial<DayEntry>]): StayFields => ({
    id,
    unitId: e.u,
    checkIn: e.ci,
    checkOut: e.co,
    guestCount: e.n,
    status: e.s ?? "checked_in",
    guest: { name: e.g },
    arrivalTime: e.at,
    departureTime: e.dt,
  });
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
  // today's arrivals, and the still-confirmed ones of the days before whose stay is not over (late or no-show)
  const arrivalsWindow = dates
    .flatMap((d) => [...(summaries.arrivalsOn?.get(d) ?? [])].map(stayOf).sort(byId))
    .filter((r) => r.checkIn === today || (r.status === "confirmed" && r.checkOut > today));
  const departures = [...(summaries.departuresOn?.get(today) ?? [])].map(stayOf).sort(byId);
  // checked-in stays from the desk summary: in the building, or late to leave
  const desk = [...(summaries.desk ?? [])].map(stayOf);
  const live = (r: { status: string }) => r.status !== "cancelled";
  const arrivals = arrivalsWindow.filter((r) => r.checkIn === today && live(r));
  const arrivalsShown = arrivals.slice(0, STAY_ROWS);
  const dayState = stayDayStates(building, now);
  const lateArrivals = arrivalsWindow.filter((r) => dayState(r) === "late");
  const byCheckOut = (x: { checkOut: string; id: string }, y: { checkOut: string; id: string }) =>
    x.checkOut.localeCompare(y.checkOut) || x.id.localeCompare(y.id);
  const inHouse = desk.filter((r) => dayState(r) === "in").sort(byCheckOut);
  const late = [...lateArrivals, ...desk.filter((r) => dayState(r) === "late")].sort(byCheckOut);

  const openAlarms = [...(summaries.alarms ?? [])]
    .map(([id, e]) => ({ id, severity: e.v, startedAt: e.t, deviceId: e.d, unitId: e.u }))
    .sort((x, y) => byUrgency(x as never, y as never));
  const alarmsShown = openAlarms.slice(0, ALARMS_SHOWN);
  const offlineIds = [...(summaries.devices?.offline ?? [])].sort().slice(0, OFFLINE_SHOWN);
  // the unit an arrival walks into was cleaned (or not) by today's turnover of that unit (issue 17); a turnover's
  // id is its departing stay's, so today's are fetched by the ids of today's departures from those units
  const arrivingUnits = new Set(arrivalsShown.map((r) => r.unitId));
  const turnoverIds = departures.filter((r) => arrivingUnits.has(r.unitId)).map((r) => r.id);
  const deviceIds = [...new Set([...offlineIds, ...alarmsShown.map((a) => a.deviceId)])];
  const leaving = departures.filter(live);
  const shownLists = [arrivalsShown, leaving, inHouse, late].map((list) => list.slice(0, STAY_ROWS));
  // the unit numbers of the shown rows only: a projected read of the units summary, not all of the building's
  const unitIds = [...shownLists.flat().map((r) => r.unitId), ...alarmsShown.flatMap((a) => a.unitId ?? [])];
  const [fetched, units] = await Promise.all([
    batchGetByKey<Device | Alarm | Turnover>([
      ...deviceIds.map((d) => keys.device(b, d)),
      ...alarmsShown.map((a) => keys.alarm(b, a.id)),
      ...turnoverIds.map((t) => keys.turnover(b, t)),
    ]),
    getSomeEntries(unitsSummary, b, unitIds),
  ]);
  const numberOf = (unitId: string) => units.get(unitId)?.n ?? "";
  const row = (r: StayFields): StayRow => ({
    id: r.id,
    checkIn: r.checkIn,
    checkOut: r.checkOut,
    guestCount: r.guestCount,
    status: r.status,
    guest: { name: r.guest?.name ?? "" },
    unitNumber: numberOf(r.unitId),
  });
  const devices = new Map<string, Device>();
  deviceIds.forEach((id, i) => {
    const d = fetched[i] as Device | undefined;
    if (d) devices.set(id, d);
  });
  const alarmRecords = alarmsShown.flatMap((_, i) => {
    const a = fetched[deviceIds.length + i] as Alarm | undefined;
    return a ? [a] : [];
  });
  const turnovers = turnoverIds.flatMap((_, i) => {
    const t = fetched[deviceIds.length + alarmsShown.length + i] as Turnover | undefined;
    return t && t.date === today ? [t] : [];
  });
  const readyOf = new Map<string, boolean>();
  for (const t of turnovers) {
    if (t.status === "cancelled") continue;
    readyOf.set(t.unitId, (readyOf.get(t.unitId) ?? true) && t.status === "ready");
  }
  const listed = (list: StayFields[]): Listed<StayRow> => ({
    rows: list.slice(0, STAY_ROWS).map(row),
    total: list.length,
  });
  return {
    buildingName: building.name,
    today,
    arrivals: {
      rows: arrivalsShown.map((r) => {
        const ready = readyOf.get(r.unitId);
        return ready === undefined ? row(r) : { ...row(r), unitReady: ready };
      }),
      total: arrivals.length,
    },
    departures: listed(leaving),
    inHouse: listed(inHouse),
    late: listed(late),
    devices: summarizeHealth(summaries.devices ?? {}),
    offlineDevices: offlineIds.flatMap((id) => {
      const d = devices.get(id);
      return d ? [{ id: d.id, name: d.name, type: d.type, lastSeenAt: d.lastSeenAt }] : [];
    }),
    alarms: {
      shown: alarmRecords.map(toAlarmDTO),
      places: {
        devices: Object.fromEntries([...devices].map(([id, d]) => [id, d.name])),
        units: Object.fromEntries(
          alarmsShown.flatMap((a) =>
            a.unitId && units.has(a.unitId) ? [[a.unitId, numberOf(a.unitId)]] : [],
          ),
        ),
      },
      total: openAlarms.length,
    },
  };
}
