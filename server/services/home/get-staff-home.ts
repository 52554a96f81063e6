import "server-only";
import { type Device, isRetired } from "@/lib/domain/device";
import { type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { stayDayState } from "@/lib/domain/stay-day";
import type { Actor } from "@/lib/roles";
import { listAllDevices } from "../../db/devices";
import { listArrivals, listDepartures } from "../../db/reservation-queries";
import { listTurnoversOn } from "../../db/turnovers";
import { getUnitsByIds } from "../../db/units";
import { getBuilding } from "../building/get-building";
import { queryEvery } from "../shared/query-every";
import { requireBuildingScope } from "../shared/require-scope";

export type DeviceSummary = {
  total: number;
  online: number;
  offline: number;
  lowBattery: number;
  locks: number;
};
/** `unitReady` on arrivals: true once the unit's turnover of the day is ready, false while one is not, absent with none */
export type StayRow = ReservationDTO & { unitNumber: string; unitReady?: boolean };
export type StaffHome = {
  buildingName: string;
  today: string;
  arrivals: StayRow[];
  departures: StayRow[];
  /** checked in now (issue 17) */
  inHouse: StayRow[];
  /** arrivals past check-in time not checked in, departures past check-out time still in (issue 17) */
  late: StayRow[];
  devices: DeviceSummary;
  offlineDevices: Pick<Device, "id" | "name" | "type" | "lastSeenAt">[];
};

export const LOW_BATTERY_PERCENT = 20;

/**
 * Today's arrivals and departures (one query each, bounded by the day), who is in and who is late (the arrivals of
 * the longest allowed stay back, one bounded range), and the building's device health.
 */
export async function getStaffHome(actor: Actor): Promise<StaffHome> {
  requireBuildingScope(actor, "reservation.read", "device.read");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone);
  const now = new Date();
  const [arrivals, departures, devices, recent, turnovers] = await Promise.all([
    listArrivals({ buildingId: b, from: today, to: today, limit: 200 }),
    listDepartures({ buildingId: b, from: today, to: today, limit: 200 }),
    listAllDevices({ buildingId: b }).then((all) => all.filter((d) => !isRetired(d))),
    // every stay that may be in the building now arrived within the longest stay allowed
    queryEvery((p) =>
      listArrivals({ buildingId: b, from: addDays(today, -building.config.maxNights), to: today, ...p }),
    ),
    queryEvery((p) => listTurnoversOn({ buildingId: b, date: today, ...p })),
  ]);
  // the unit an arrival walks into was cleaned (or not) by today's turnover of that unit (issue 17)
  const readyOf = new Map<string, boolean>();
  for (const t of turnovers) {
    if (t.status === "cancelled") continue;
    readyOf.set(t.unitId, (readyOf.get(t.unitId) ?? true) && t.status === "ready");
  }
  const state = (r: (typeof recent)[number]) => stayDayState(r, building, now);
  const inHouse = recent.filter((r) => state(r) === "in");
  const late = recent.filter((r) => state(r) === "late");
  const stays = [...arrivals.items, ...departures.items, ...recent].filter((r) => r.status !== "cancelled");
  const units = await getUnitsByIds({ buildingId: b, unitIds: [...new Set(stays.map((r) => r.unitId))] });
  const numberOf = new Map(units.map((u) => [u.id, u.number]));
  const row = (r: (typeof stays)[number]): StayRow => ({
    ...toReservationDTO(r),
    unitNumber: numberOf.get(r.unitId) ?? "",
  });
  return {
    buildingName: building.name,
    today,
    arrivals: arrivals.items
      .filter((r) => r.status !== "cancelled")
      .map((r) => {
        const ready = readyOf.get(r.unitId);
        return ready === undefined ? row(r) : { ...row(r), unitReady: ready };
      }),
    departures: departures.items.filter((r) => r.status !== "cancelled").map(row),
    inHouse: inHouse.map(row),
    late: late.map(row),
    devices: summarizeDevices(devices),
    offlineDevices: devices
      .filter((d) => !d.online)
      .slice(0, 10)
      .map(({ id, name, type, lastSeenAt }) => ({ id, name, type, lastSeenAt })),
  };
}

export function summarizeDevices(devices: Device[]): DeviceSummary {
  const battery = (d: Device) => (typeof d.state.battery === "number" ? d.state.battery : null);
  return {
    total: devices.length,
    online: devices.filter((d) => d.online).length,
    offline: devices.filter((d) => !d.online).length,
    lowBattery: devices.filter((d) => (battery(d) ?? 100) < LOW_BATTERY_PERCENT).length,
    locks: devices.filter((d) => d.type === "lock").length,
  };
}
